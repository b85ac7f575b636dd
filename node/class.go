package node

// DefaultStepsLog2 is the step bound of a class built by NewService: no op
// takes more than 2^30 VM steps (DESIGN §12).
const DefaultStepsLog2 = 30
