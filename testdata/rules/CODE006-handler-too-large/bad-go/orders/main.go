package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

type Event struct {
	Values map[string]int `json:"values"`
}

func handle(ctx context.Context, e Event) (int, error) { // expect: CODE006
	total := 0
	if v, ok := e.Values["k1"]; ok && v > 1 {
		total += 1
	}
	if v, ok := e.Values["k2"]; ok && v > 2 {
		total += 2
	}
	if v, ok := e.Values["k3"]; ok && v > 3 {
		total += 3
	}
	if v, ok := e.Values["k4"]; ok && v > 4 {
		total += 4
	}
	if v, ok := e.Values["k5"]; ok && v > 5 {
		total += 5
	}
	if v, ok := e.Values["k6"]; ok && v > 6 {
		total += 6
	}
	if v, ok := e.Values["k7"]; ok && v > 7 {
		total += 7
	}
	if v, ok := e.Values["k8"]; ok && v > 8 {
		total += 8
	}
	if v, ok := e.Values["k9"]; ok && v > 9 {
		total += 9
	}
	if v, ok := e.Values["k10"]; ok && v > 10 {
		total += 10
	}
	if v, ok := e.Values["k11"]; ok && v > 11 {
		total += 11
	}
	if v, ok := e.Values["k12"]; ok && v > 12 {
		total += 12
	}
	total = total*2 + 1
	total = total*2 + 2
	total = total*2 + 3
	total = total*2 + 4
	total = total*2 + 5
	total = total*2 + 6
	total = total*2 + 7
	total = total*2 + 8
	total = total*2 + 9
	total = total*2 + 10
	total = total*2 + 11
	total = total*2 + 12
	total = total*2 + 13
	total = total*2 + 14
	total = total*2 + 15
	total = total*2 + 16
	total = total*2 + 17
	total = total*2 + 18
	total = total*2 + 19
	total = total*2 + 20
	return total, nil
}

func main() {
	lambda.Start(handle)
}
