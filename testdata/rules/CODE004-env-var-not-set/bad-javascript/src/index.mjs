const table = process.env.TABLE_NAME;
const queue = process.env["QUEUE_URL"]; // expect: CODE004
const level = process.env.LOG_LEVEL ?? "info";

export const handler = async () => ({ table, queue, level, bucket: process.env.BUCKET }); // expect: CODE004
