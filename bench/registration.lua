-- wrk script for bench/registration_bench.sh: every request is a new family registering on the
-- public form (POST /aanbod/<offer>/inschrijven/<session>), with a made-up double-submit cookie
-- (cookie hvhk_form = field csrf) and a unique form token (request) and e-mail: run tag + wrk
-- thread + counter, so no two requests of a run, nor of two runs, are the same family.
--   REG_PATH=/aanbod/<offer>/inschrijven/<session> REG_TAG=<8 hex digits, new per run> \
--     wrk ... -s bench/registration.lua URL
local threads = {}

function setup(thread)
  thread:set("thread_number", #threads + 1)
  threads[#threads + 1] = thread
end

local path, tag
local csrf = string.rep("5a", 32)
local counter = 0
local headers = {
  ["Content-Type"] = "application/x-www-form-urlencoded",
  ["Cookie"] = "hvhk_form=" .. csrf,
}

function init(args)
  path = os.getenv("REG_PATH")
  tag = os.getenv("REG_TAG")
  assert(path and tag and tag:match("^%x%x%x%x%x%x%x%x$"), "set REG_PATH and REG_TAG (8 hex digits)")
end

function request()
  counter = counter + 1
  -- 8 + 4 + 20 = 32 hex digits
  local key = string.format("%s%04x%020x", tag, thread_number, counter)
  local body = "csrf=" .. csrf .. "&request=" .. key .. "&first_name=Sam&email=gezin-" .. key ..
               "%40example.org&channel=email&language=nl&child=4&consent=yes"
  return wrk.format("POST", path, headers, body)
end
