#!/bin/sh
# Rewrites the event-stream fixtures from today's `stepviz events`. Run it
# only when the stream is meant to change, and review the diff: the
# fixtures exist so that a renamed field cannot pass unnoticed.
# (StreamFixtureTests holds the same commands, and fails when they differ.)
set -eu
cd "$(dirname "$0")/../../.."
swift build --product stepviz
stepviz="$(swift build --show-bin-path)/stepviz"
out=Tests/StepvizEventsTests/Fixtures
"$stepviz" events heap --ops "heapify 3 1 2; push 0; pop; pop; pop; pop" > "$out/heap.jsonl"
"$stepviz" events deque --maxlen 3 --ops "extend 9 2 3; extend 7 8; extendleft 1 2; rotate 1; pop; index 5" > "$out/deque.jsonl"
"$stepviz" events lru --capacity 2 --ops "put 1 10; put 2 20; get 1; put 3 30; get 2" > "$out/lru.jsonl"
"$stepviz" events locks --scene naive --seed 3 > "$out/locks.jsonl"
"$stepviz" events scheduler --ops "countdown 3; countup 2" > "$out/scheduler.jsonl"
"$stepviz" events scheduler --scene actors --ops "send counter 2" > "$out/scheduler-actors.jsonl"
"$stepviz" events eventloop --ops "connect; send 1 hi; close 1" > "$out/eventloop.jsonl"
"$stepviz" events eventloop --scene tasks --ops "say" > "$out/eventloop-tasks.jsonl"
"$stepviz" events threading --scene lost-wakeup --schedule 2,2,2,2,2 > "$out/threading.jsonl"
"$stepviz" events heap --ops 'push (2, "write"); push (1, "read"); push (2, "code"); pop; push "oops"' > "$out/heap-values.jsonl"
"$stepviz" events deque --maxlen 3 --ops "append 'a'; append None; appendleft (1, 2.5); rotate 1.0; index 'x'; pop" > "$out/deque-values.jsonl"
"$stepviz" events lru --capacity 2 --ops "put 1 'one'; put 1.0 'uno'; put 'b' (2, None); get True; put -0.5 1e999; get 'b'" > "$out/lru-values.jsonl"
