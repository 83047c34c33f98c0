/** Fixed credentials of the test app: webhooks and session tokens in tests are signed with these. */
export const TEST_API_KEY = "test-api-key";
export const TEST_API_SECRET = "test-api-secret-that-signs-webhooks";
export const TEST_APP_URL = "https://parcelwise.test";
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
