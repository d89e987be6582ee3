package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

type Event struct {
	Values map[string]int `json:"values"`
}

func handle(ctx context.Context, e Event) (int, error) {
	return score(e.Values), nil
}

// The business logic: a plain function, testable without Lambda.
func score(values map[string]int) int {
	total := 0
	for key, v := range values {
		if v > 1 && len(key) > 1 {
			total += v
		}
		if v > 2 && len(key) > 2 {
			total += v
		}
		if v > 3 && len(key) > 3 {
			total += v
		}
		if v > 4 && len(key) > 4 {
			total += v
		}
		if v > 5 && len(key) > 5 {
			total += v
		}
		if v > 6 && len(key) > 6 {
			total += v
		}
	}
	return total
}

func main() {
	lambda.Start(handle)
}
