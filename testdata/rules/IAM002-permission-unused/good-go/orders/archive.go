package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// In another file of the package: lambdalint does not follow it.
func archive(ctx context.Context, in *dynamodb.DeleteItemInput) error {
	_, err := client.DeleteItem(ctx, in)
	return err
}
