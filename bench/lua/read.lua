-- Reading benchmarks: each view is one reader (their cookie) reading the paths in turn.
-- Set before this file (harness.lua_script): readers, paths, extra_cookie.
function init(args)
  n = 0
end

function request()
  n = n + 1
  local view = math.floor((n - 1) / #paths)
  local reader = readers[((view + tid * 16) % #readers) + 1]
  local path = paths[((n - 1) % #paths) + 1]
  return wrk.format("GET", path, {["Cookie"] = reader.cookie .. extra_cookie})
end
