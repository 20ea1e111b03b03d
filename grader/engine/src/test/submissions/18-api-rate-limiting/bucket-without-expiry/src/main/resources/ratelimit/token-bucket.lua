-- Known-bad: the bucket never expires, so every key that ever called stays in Redis.
-- A token bucket per API key, in one round trip and one atomic step, whichever instance calls.
-- KEYS[1]: the bucket. ARGV[1]: capacity (tokens). ARGV[2]: the period in ms in which a full bucket refills.
-- Returns {1, 0} when the request may go ahead, {0, ms} when it must wait ms for its token.
local capacity = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local rate = capacity / period
-- Redis' clock, not the instances': every instance agrees on it.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or capacity
local at = tonumber(bucket[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.ceil((1 - tokens) / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
return {allowed, wait}
