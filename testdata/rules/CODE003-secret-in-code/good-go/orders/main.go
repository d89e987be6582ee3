package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
)

const tableName = "orders"
const passwordParam = "/prod/db/password"

var secretArn = os.Getenv("DB_SECRET_ARN")

type settings struct {
	User string
}

var conf = settings{User: "app"}

func handle(ctx context.Context) (string, error) {
	token := os.Getenv("API_TOKEN")
	if token == "" {
		token = "none"
	}
	return tableName + passwordParam + secretArn + conf.User + token, nil
}

func main() {
	lambda.Start(handle)
}
