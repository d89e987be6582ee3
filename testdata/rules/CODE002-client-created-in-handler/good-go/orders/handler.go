package main

import (
	"context"
	"database/sql"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type handler struct {
	db *sql.DB
}

func (h *handler) handle(ctx context.Context, req Request) error {
	_, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("orders"), Key: aws.String(req.Key)})
	if err != nil {
		return err
	}
	_, err = h.db.ExecContext(ctx, "insert into seen values ($1)", req.Key)
	return err
}
