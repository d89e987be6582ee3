package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
)

var table = os.Getenv("TABLE_NAME")

func handle(ctx context.Context) (string, error) {
	level := os.Getenv("LOG_LEVEL")
	if level == "" {
		level = "INFO"
	}
	region := os.Getenv("AWS_REGION")
	return table + level + region, nil
}

func main() {
	lambda.Start(handle)
}
