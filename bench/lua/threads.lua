-- Each of wrk's threads learns its number (`tid`), so that it writes its own answers
-- file and starts on a reader of its own.
local next_thread = 0

function setup(thread)
  thread:set("tid", next_thread)
  next_thread = next_thread + 1
end
