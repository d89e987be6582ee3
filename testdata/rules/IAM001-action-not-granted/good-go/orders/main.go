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
	table := aws.String(os.Getenv("TABLE_NAME"))
	if _, err := client.GetItem(ctx, &dynamodb.GetItemInput{TableName: table}); err != nil {
		return err
	}
	if _, err := client.PutItem(ctx, &dynamodb.PutItemInput{TableName: table}); err != nil {
		return err
	}
	// The role may also read the table ARCHIVE_TABLE names.
	archived := &dynamodb.GetItemInput{TableName: aws.String(os.Getenv("ARCHIVE_TABLE"))}
	_, err := client.GetItem(ctx, archived)
	return err
}

func main() {
	lambda.Start(handle)
}
