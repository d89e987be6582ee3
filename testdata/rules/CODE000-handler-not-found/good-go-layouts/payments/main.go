package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type payments struct{}

func (p payments) handle(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // expect: CODE002
	if err != nil {
		return err
	}
	_ = sqs.NewFromConfig(cfg) // expect: CODE002
	return nil
}

func main() {
	lambda.Start(payments{}.handle)
}
