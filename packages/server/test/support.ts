/** The server's tests use the same helpers other packages get from `@spotter/server/testing`. */
export * from "../src/testing/index.ts";
