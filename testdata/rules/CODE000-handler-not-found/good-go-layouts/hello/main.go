package main

import (
	"context"
	"database/sql"

	"github.com/aws/aws-lambda-go/lambda"
)

func Handler(ctx context.Context) error {
	db, err := sql.Open("postgres", "host=db") // expect: CODE002
	if err != nil {
		return err
	}
	return db.PingContext(ctx)
}

func main() {
	lambda.Start(Handler)
}
