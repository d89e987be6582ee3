package main

import (
	"context"
	"database/sql"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type Request struct {
	Key string `json:"key"`
}

func handle(ctx context.Context, req Request) error {
	cfg, err := config.LoadDefaultConfig(ctx) // expect: CODE002
	if err != nil {
		return err
	}
	client := s3.NewFromConfig(cfg) // expect: CODE002
	_, err = client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("orders"), Key: aws.String(req.Key)})
	if err != nil {
		return err
	}
	return record(ctx, req.Key)
}

func record(ctx context.Context, key string) error {
	db, err := sql.Open("postgres", os.Getenv("TABLE_NAME")) // expect: CODE002
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, "insert into seen values ($1)", key)
	return err
}

func main() {
	lambda.Start(handle)
}
