package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
)

type Order struct {
	ID    string   `json:"id"`
	Items []string `json:"items"`
}

var (
	tableName = os.Getenv("TABLE_NAME")
	history   []string
	limits    map[string]int
)

func handle(ctx context.Context, order Order) (int, error) {
	counts := map[string]int{}
	for _, item := range order.Items {
		counts[item]++
	}
	history := []string{}
	history = append(history, order.ID)
	return len(counts) + len(history) + limits[tableName], nil
}

func main() {
	limits = map[string]int{"orders": 10}
	lambda.Start(handle)
}
