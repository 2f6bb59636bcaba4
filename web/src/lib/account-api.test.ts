import { ApiError } from "./api";
import { accountFieldErrorsOf, getMe, signIn, signOut } from "./account-api";
import { sessionExpired } from "./session-expiry";
import { jsonResponse, problem } from "../../test-utils/fake-api";

jest.mock("./session-expiry", () => ({ sessionExpired: jest.fn() }));

const fetchMock = jest.fn();
beforeEach(() => {
  jest.mocked(sessionExpired).mockClear();
  fetchMock.mockReset();
  global.fetch = fetchMock;
});

it("signs in and out at /session, where a 401 is a wrong password, not an expired session", async () => {
  fetchMock.mockResolvedValueOnce(problem(401, "Wrong email or password.")).mockResolvedValueOnce(jsonResponse(204, null));
  await expect(signIn("ada@example.com", "nope")).rejects.toThrow("Wrong email or password.");
  await signOut();
  expect(fetchMock.mock.calls.map(([url, init]) => [url, init.method])).toEqual([
    ["/session", "POST"],
    ["/session", "DELETE"],
  ]);
  expect(sessionExpired).not.toHaveBeenCalled();
});

it("treats /users/me's 401 as an expired session", async () => {
  fetchMock.mockResolvedValue(problem(401, "Sign in first"));
  await expect(getMe()).rejects.toBeInstanceOf(ApiError);
  expect(sessionExpired).toHaveBeenCalledTimes(1);
});

it("maps a 422's errors onto the email and password inputs by loc[1], the first message of each", () => {
  const problemWith = (errors: { loc: (string | number)[]; msg: string }[]) =>
    new ApiError(422, {
      title: "Unprocessable Entity",
      status: 422,
      detail: "see errors",
      errors: errors.map((error) => ({ ...error, type: "value_error" })),
    });
  expect(
    accountFieldErrorsOf(
      problemWith([
        { loc: ["body", "password"], msg: "too short" },
        { loc: ["body", "password"], msg: "too common" },
        { loc: ["body", "token"], msg: "required" },
        { loc: ["body"], msg: "not JSON" },
      ]),
    ),
  ).toEqual({ password: "too short" }); // pragma: allowlist secret
  expect(accountFieldErrorsOf(new ApiError(409, null))).toEqual({});
  expect(accountFieldErrorsOf(new Error("x"))).toEqual({});
});
