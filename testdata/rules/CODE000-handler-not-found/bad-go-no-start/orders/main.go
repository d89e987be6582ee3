package main

import (
	"context"
	"fmt"
)

func handle(ctx context.Context) error {
	return nil
}

func main() {
	fmt.Println(handle(context.Background()))
}
