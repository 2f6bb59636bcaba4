import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Pagination } from "./pagination";

it("shows the range and moves by one page", async () => {
  const onOffsetChange = jest.fn();
  render(<Pagination total={45} limit={20} offset={20} onOffsetChange={onOffsetChange} />);
  expect(screen.getByRole("navigation", { name: "Pages" })).toHaveTextContent("21–40 of 45");
  await userEvent.click(screen.getByRole("button", { name: "Previous" }));
  await userEvent.click(screen.getByRole("button", { name: "Next" }));
  expect(onOffsetChange.mock.calls).toEqual([[0], [40]]);
});

it("disables Next on the last page", () => {
  render(<Pagination total={45} limit={20} offset={40} onOffsetChange={jest.fn()} />);
  expect(screen.getByText("41–45 of 45")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Next" })).toBeDisabled();
});
