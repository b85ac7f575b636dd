// Command goroutines runs workers connected by channels.
package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int, 16)
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- j*j + id*0
			}
		}(w)
	}
	go func() {
		for i := 0; i < 1000; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	sum := 0
	n := 0
	for r := range results {
		sum += r
		n++
	}
	fmt.Println(n, sum)
	var mu sync.Mutex
	counter := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for k := 0; k < 100; k++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg2.Wait()
	a, b, done := make(chan string), make(chan string), make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			a <- fmt.Sprint("a", i)
			b <- fmt.Sprint("b", i)
		}
		close(done)
	}()
	got := 0
	for loop := true; loop; {
		select {
		case s := <-a:
			got += len(s)
		case s := <-b:
			got += 2 * len(s)
		case <-done:
			loop = false
		}
	}
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { counter += 1000 })
	}
	fmt.Println(counter, got)
}
