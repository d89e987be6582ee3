package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
)

var (
	table  = os.Getenv("TABLE_NAME")
	bucket = os.Getenv("RECEIPTS_BUCKET") // expect: CODE004
	region = os.Getenv("AWS_REGION")
)

func handle(ctx context.Context) (string, error) {
	topic := os.Getenv("TOPIC_ARN") // expect: CODE004
	level := os.Getenv("LOG_LEVEL")
	if level == "" {
		level = "INFO"
	}
	if queue, ok := os.LookupEnv("QUEUE_URL"); ok {
		topic += queue
	}
	return table + bucket + region + topic + level, nil
}

func main() {
	lambda.Start(handle)
}
