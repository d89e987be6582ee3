package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"orders/store"
)

// The handler calls into the module's own package `orders/store`, which is not followed.
func handle(ctx context.Context) error {
	return store.Save(ctx)
}

func main() {
	lambda.Start(handle)
}
