-- Posting benchmarks: the readers post in turn, each request a new text, and every
-- answer's status and comment id goes to a file per wrk thread, to be checked against
-- the stored rows afterwards. Set before this file (harness.lua_script):
--   readers, path, folder, run, label;
--   kind: "form", the page's own htmx form (each reader a {cookie, token}), or "api",
--   JSON with each reader's personal token (each reader the raw token).
local words = {"harbour", "grain", "strike", "ministers", "shipping", "prices", "union",
  "farmers", "exports", "weather", "courts", "talks", "deadline", "inflation"}
-- Where each kind's answer names the comment it saved.
local posted_id = {form = 'id="c(%d+)"', api = '"id": ?(%d+)'}

function init(args)
  n = 0
  out = io.open(folder .. "/answers-" .. tid .. ".txt", "w")
end

local function form_request(reader, text)
  local body = "body=" .. string.gsub(text, "[^%w%-%.]", function(c)
    return string.format("%%%02X", string.byte(c))
  end)
  local headers = {
    ["Cookie"] = reader.cookie,
    ["X-CSRFToken"] = reader.token,
    ["HX-Request"] = "true",
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }
  return wrk.format("POST", path, headers, body)
end

local function api_request(reader, text)
  local headers = {
    ["Authorization"] = "Bearer " .. reader,
    ["Content-Type"] = "application/json",
  }
  return wrk.format("POST", path, headers, '{"body": "' .. text .. '"}')
end

function request()
  n = n + 1
  local reader = readers[((n + tid * 16) % #readers) + 1]
  local text = label .. " " .. run .. "-" .. tid .. "-" .. n .. ": the "
    .. words[(n % #words) + 1] .. " and the " .. words[((n * 7 + tid) % #words) + 1]
    .. " matter more than the " .. words[((n * 3) % #words) + 1] .. "."
  if kind == "api" then
    return api_request(reader, text)
  end
  return form_request(reader, text)
end

function response(status, headers, body)
  local id = ""
  if status >= 200 and status < 300 then
    id = string.match(body, posted_id[kind]) or "?"
  end
  out:write(status .. " " .. id .. "\n")
  out:flush()
end
