import { describe, expect, it } from "vitest";
import { feedUrls } from "./feed-urls.ts";

describe("feedUrls", () => {
  it("joins the feed path to the page's origin and swaps the scheme for webcal", () => {
    expect(feedUrls("/api/calendar/abc_-9.ics", "https://coach.example.com")).toEqual({
      https: "https://coach.example.com/api/calendar/abc_-9.ics",
      webcal: "webcal://coach.example.com/api/calendar/abc_-9.ics",
    });
  });

  it("keeps a port and works on plain http (local and self-hosted installs)", () => {
    expect(feedUrls("/api/calendar/t.ics", "http://127.0.0.1:8080").webcal).toBe(
      "webcal://127.0.0.1:8080/api/calendar/t.ics",
    );
  });
});
