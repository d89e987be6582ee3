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
	if _, err := client.PutItem(ctx, &dynamodb.PutItemInput{TableName: table}); err != nil { // expect: IAM001
		return err
	}
	// The role reads Orders only: reading the table ARCHIVE_TABLE names is denied.
	archived := &dynamodb.GetItemInput{TableName: aws.String(os.Getenv("ARCHIVE_TABLE"))}
	_, err := client.GetItem(ctx, archived) // expect: IAM001
	return err
}

func main() {
	lambda.Start(handle)
}
