/** Fixed credentials of the test app: webhooks and session tokens in tests are signed with these. */
export const TEST_API_KEY = "test-api-key";
export const TEST_API_SECRET = "test-api-secret-that-signs-webhooks";
export const TEST_APP_URL = "https://parcelwise.test";
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
/** 32 bytes, base64: encrypts merchants' secrets in tests. */
export const TEST_ENCRYPTION_KEY = "q5R1ySxhl0Jt4U9f0m6m4Vv3XGxD2m9bY1mJ2yQn9uE=";
