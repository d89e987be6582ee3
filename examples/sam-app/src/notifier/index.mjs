// E-mails the customer when an order is placed (SNS) and when its receipt is stored (S3).
// The Node.js 20 runtime ships the AWS SDK for JavaScript v3, so there is nothing to bundle.
import { S3Client, HeadObjectCommand } from "@aws-sdk/client-s3";
import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";

// Created once per execution environment and reused by every invocation.
const s3 = new S3Client({});
const ses = new SESv2Client({});
const SENDER = process.env.SENDER_ADDRESS;

export const handler = async (event) => {
  for (const record of event.Records ?? []) {
    if (record.EventSource === "aws:sns") {
      await orderPlaced(JSON.parse(record.Sns.Message));
    } else if (record.eventSource === "aws:s3") {
      await receiptStored(record.s3.bucket.name, decodeS3Key(record.s3.object.key));
    }
  }
};

async function orderPlaced(order) {
  const lines = order.items.map((i) => `${i.quantity} x ${i.name ?? i.sku}`);
  await sendEmail(
    order.customerEmail,
    `We received your order ${order.orderId}`,
    `Thank you for your order.\n\n${lines.join("\n")}\n\nTotal: ${order.total}`,
  );
}

async function receiptStored(bucket, key) {
  const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  const email = head.Metadata?.["customer-email"];
  if (!email) {
    console.warn(JSON.stringify({ message: "receipt without customer-email metadata", key }));
    return;
  }
  await sendEmail(
    email,
    `Your receipt for order ${head.Metadata["order-id"]}`,
    "Your receipt is ready: you can download it from your account page.",
  );
}

async function sendEmail(to, subject, text) {
  await ses.send(
    new SendEmailCommand({
      FromEmailAddress: SENDER,
      Destination: { ToAddresses: [to] },
      Content: { Simple: { Subject: { Data: subject }, Body: { Text: { Data: text } } } },
    }),
  );
}

// S3 event keys are URL-encoded, with "+" for spaces.
function decodeS3Key(key) {
  return decodeURIComponent(key.replace(/\+/g, " "));
}
