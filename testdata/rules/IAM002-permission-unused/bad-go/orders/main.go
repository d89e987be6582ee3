// One file in the package, importing only the standard library and the AWS SDK: every call
// the handler can make is known.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var client *dynamodb.Client

func init() {
	cfg, _ := config.LoadDefaultConfig(context.Background())
	client = dynamodb.NewFromConfig(cfg)
}

func handle(ctx context.Context) error {
	_, err := client.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(os.Getenv("TABLE_NAME"))})
	return err
}

func main() {
	lambda.Start(handle)
}
