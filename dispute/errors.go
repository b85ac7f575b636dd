package dispute

import "errors"

func asErrorData(err error, target *interface{ ErrorData() interface{} }) bool {
	return errors.As(err, target)
}
