package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

type Order struct {
	ID string `json:"id"`
}

var (
	invocations int
	seen        = map[string]bool{}
	history     []string
)

func handle(ctx context.Context, order Order) (int, error) {
	invocations++ // expect: CODE001
	seen[order.ID] = true // expect: CODE001
	remember(order.ID)
	return invocations, nil
}

func remember(id string) {
	history = append(history, id) // expect: CODE001
}

func unused(id string) {
	seen[id] = false // not reached from the handler
}

func main() {
	history = make([]string, 0, 16)
	lambda.Start(handle)
}
