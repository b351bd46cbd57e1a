import Foundation
import StepvizEvents
import StepvizRender
import Testing

/// A stream that breaks the contract is rejected before anything is
/// drawn, with one line naming the line number and what is wrong. Each bad
/// stream is a committed fixture with one edit (`seq` renumbered unless
/// the edit is about `seq`), so a test cannot pass because the stream was
/// broken somewhere else.
@Suite("An invalid stream is rejected, naming its line")
struct StreamRejectionTests {
    /// The error reading fixture `file` edited by `edit` (lines from index
    /// 0, the header) gives, as it would be printed.
    static func error<Event: StepEventDecodable>(
        _ file: String, as: Event.Type, renumber: Bool = true, _ edit: (inout [String]) -> Void
    ) throws -> String? {
        var lines = String(decoding: try StreamFixtureTests.fixture(file), as: UTF8.self).split(separator: "\n").map(String.init)
        edit(&lines)
        return SavedStreamCheck.error(SavedStreamCheck.stream(lines, renumber: renumber), as: Event.self)?.description
    }

    static func heap(renumber: Bool = true, _ edit: (inout [String]) -> Void) throws -> String? {
        try error("heap.jsonl", as: HeapStepEvent.self, renumber: renumber, edit)
    }

    // MARK: not JSON objects

    @Test("A line that is not JSON, or not an object, or empty")
    func notJSON() throws {
        #expect(try Self.heap { $0[3] = #"{"seq":2,"op":0,"type":"lift","slot":0,"# } == "line 4: not JSON: the line ends inside a value")
        #expect(try Self.heap { $0[3] = "lift 0 3" } == "line 4: not JSON: unexpected 'l' at column 1")
        #expect(try Self.heap { $0[3] = "[2,0,\"lift\"]" } == "line 4: not a JSON object (an array)")
        #expect(try Self.heap { $0[3] = "" } == "line 4: empty line, expected a JSON object")
        #expect(try Self.heap { $0[0] = "stepviz-events 1 heap" } == "line 1: not JSON: unexpected 's' at column 1")
        #expect(
            try Self.heap { $0[4] = $0[4].replacingOccurrences(of: "\"lhs\":1", with: "\"lhs\":1,\"lhs\":2") }
                == "line 5: duplicate field 'lhs' at column 55")
        #expect(SavedStreamCheck.error([], as: HeapStepEvent.self)?.description == "line 1: empty stream: no header line")
    }

    // MARK: the header

    @Test("The header: schema, version (newer said so), panel")
    func header() throws {
        #expect(
            try Self.heap { $0[0] = #"{"schema":"other","version":1,"panel":"heap"}"# }
                == #"line 1: not a stepviz event stream (schema a string ("other")): the header needs "schema":"stepviz-events""#)
        #expect(
            try Self.heap { $0[0] = #"{"version":1,"panel":"heap"}"# }
                == #"line 1: not a stepviz event stream (no schema): the header needs "schema":"stepviz-events""#)
        #expect(
            try Self.heap { $0[0] = #"{"schema":"stepviz-events","version":2,"panel":"heap"}"# }
                == "line 1: version 2 is newer than this stepviz reads (version 1); upgrade stepviz")
        #expect(
            try Self.heap { $0[0] = #"{"schema":"stepviz-events","version":0,"panel":"heap"}"# }
                == "line 1: unknown version 0 (expected 1)")
        #expect(
            try Self.heap { $0[0] = #"{"schema":"stepviz-events","version":"1","panel":"heap"}"# }
                == #"line 1: field 'version' must be an integer, not a string ("1")"#)
        // JSONSerialization would give an NSNumber that is also 1.
        #expect(
            try Self.heap { $0[0] = #"{"schema":"stepviz-events","version":true,"panel":"heap"}"# }
                == "line 1: field 'version' must be an integer, not true")
        #expect(
            try Self.heap { $0[0] = #"{"schema":"stepviz-events","version":1.0,"panel":"heap"}"# }
                == "line 1: field 'version' must be an integer, not 1.0")
        #expect(
            try Self.heap { $0[0] = #"{"schema":"stepviz-events","version":1,"panel":"stack"}"# }
                == "line 1: panel 'stack' has no screen (expected one of: \(PanelCatalog.standard.names.joined(separator: ", ")))")
        #expect(try Self.heap { $0[0] = #"{"schema":"stepviz-events","version":1}"# } == "line 1: missing field 'panel'")
        #expect(try Self.error("lru.jsonl", as: HeapStepEvent.self) { _ in } == "line 1: a lru stream cannot be read as heap")
    }

    @Test("Setups: a negative maxlen or capacity, a block size the deque cannot take")
    func setups() throws {
        func deque(_ header: String) throws -> String? {
            try Self.error("deque.jsonl", as: DequeStepEvent.self) { $0[0] = header }
        }
        #expect(
            try deque(#"{"schema":"stepviz-events","version":1,"panel":"deque","maxlen":-1,"block_size":8}"#)
                == "line 1: maxlen -1 is negative (maxlen must be non-negative or null)")
        #expect(
            try deque(#"{"schema":"stepviz-events","version":1,"panel":"deque","maxlen":3,"block_size":0}"#)
                == "line 1: block_size 0 is out of range (2 to 4096)")
        #expect(
            try deque(#"{"schema":"stepviz-events","version":1,"panel":"deque","maxlen":3,"block_size":1}"#)
                == "line 1: block_size 1 is out of range (2 to 4096)")
        #expect(
            try deque(#"{"schema":"stepviz-events","version":1,"panel":"deque","maxlen":3}"#)
                == "line 1: missing field 'block_size'")
        // A different (valid) setup than the run's: the first state disagrees.
        #expect(
            try deque(#"{"schema":"stepviz-events","version":1,"panel":"deque","maxlen":null,"block_size":8}"#)
                == "line 7: state: maxlen 3 disagrees with the header's null")
        #expect(
            try Self.error("lru.jsonl", as: LRUStepEvent.self) {
                $0[0] = #"{"schema":"stepviz-events","version":1,"panel":"lru","capacity":-2}"#
            }
                == "line 1: capacity -2 is negative (capacity must be non-negative)")
    }

    // MARK: seq and op

    @Test("seq counts 0, 1, 2 ...")
    func seqOrder() throws {
        #expect(try Self.heap(renumber: false) { $0.remove(at: 3) } == "line 4: seq 3 out of order (expected 2)")
        #expect(try Self.heap(renumber: false) { $0.swapAt(3, 4) } == "line 4: seq 3 out of order (expected 2)")
        #expect(
            try Self.heap(renumber: false) { $0[1] = $0[1].replacingOccurrences(of: "\"seq\":0", with: "\"seq\":1") }
                == "line 2: seq 1 out of order (expected 0)")
        #expect(
            try Self.heap(renumber: false) { $0[1] = $0[1].replacingOccurrences(of: "\"seq\":0,", with: "") }
                == "line 2: missing field 'seq'")
    }

    @Test("op starts at 0 and never goes back nor skips")
    func opOrder() throws {
        #expect(
            try Self.heap { $0[1] = $0[1].replacingOccurrences(of: "\"op\":0", with: "\"op\":1") }
                == "line 2: op 1 out of order (expected 0)")
        #expect(
            try Self.heap { lines in
                for index in 9...16 { lines[index] = lines[index].replacingOccurrences(of: "\"op\":1", with: "\"op\":2") }
            } == "line 10: op 2 out of order (expected 0 or 1)")
        #expect(
            try Self.heap { $0[10] = $0[10].replacingOccurrences(of: "\"op\":1", with: "\"op\":0") }
                == "line 11: op 0 out of order (expected 1 or 2)")
    }

    // MARK: begin and state

    @Test("Each operation opens with begin and closes with exactly one state, nothing after it")
    func framing() throws {
        #expect(try Self.heap { $0.remove(at: 8) } == "line 9: op 1 starts before op 0 closed with its state")
        #expect(try Self.heap { $0.removeLast() } == "line 46: op 5 ends without its state")
        #expect(try Self.heap { $0.remove(at: 9) } == "line 10: op 1 opens with hold, not begin")
        #expect(try Self.heap { $0.insert($0[7], at: 9) } == "line 10: place after the state that closed op 0")
        #expect(try Self.heap { $0.insert($0[8], at: 9) } == "line 10: state after the state that closed op 0")
        #expect(try Self.heap { $0.insert($0[1], at: 2) } == "line 3: a second begin in op 0")
        #expect(
            try Self.heap { $0[1] = $0[1].replacingOccurrences(of: "\"operation\":\"heapify 3 1 2\"", with: "\"operation\":3") }
                == "line 2: field 'operation' must be a string, not 3")
    }

    @Test("A state that disagrees with what the events before it build")
    func stateDisagrees() throws {
        #expect(
            try Self.heap {
                $0[8] = $0[8].replacingOccurrences(of: "[1,3,2]", with: "[1,2,3]").replacingOccurrences(of: "[1, 3, 2]", with: "[1, 2, 3]")
            }
                == "line 9: state: items [1, 2, 3] disagree with the events before it, which build [1, 3, 2]")
        #expect(
            try Self.heap { $0.remove(at: 7) }
                == "line 8: state: items [1, 3, 2] disagree with the events before it, which leave slot 1 empty")
        #expect(
            try Self.error("lru.jsonl", as: LRUStepEvent.self) { $0[3] = $0[3].replacingOccurrences(of: "\"hits\":0", with: "\"hits\":1") }
                == "line 4: state: entries [(1, 10)], hits 1, misses 0, evictions 0, capacity 2 disagree with the events before it, "
                + "which build entries [(1, 10)], hits 0, misses 0, evictions 0, capacity 2")
        #expect(
            try Self.heap { $0[8] = $0[8].replacingOccurrences(of: "\"repr\":\"[1, 3, 2]\"", with: "\"repr\":\"[1, 3, 2.0]\"") }
                == "line 9: state: repr [1, 3, 2.0] disagrees with the line's items, which Python prints as [1, 3, 2]")
        #expect(
            try Self.error("locks.jsonl", as: LocksStepEvent.self) {
                $0[3] = $0[3].replacingOccurrences(of: "\"running\":[1,2]", with: "\"running\":[1]")
            }?
            .hasPrefix("line 4: state: locks [x held by none x0 waiters []; y held by none x0 waiters []], running [1], ") == true)
        #expect(
            try Self.error("scheduler-actors.jsonl", as: SchedulerStepEvent.self) {
                $0[5] = $0[5].replacingOccurrences(of: "\"alive\":[1]", with: "\"alive\":[]")
            }
                == "line 6: state: queue [], alive [], messages [(printer, None)] disagree with the events before it, "
                + "which build queue [], alive [1], messages [(printer, None)]")
        #expect(
            try Self.error("deque.jsonl", as: DequeStepEvent.self) {
                $0[6] = $0[6].replacingOccurrences(of: "\"items\":[9,2,3]", with: "\"items\":[9,2]")
            }
                == "line 7: state: items [9, 2] disagree with its blocks, which hold [9, 2, 3]")
    }

    // MARK: events the replays cannot apply

    @Test("Events naming what is not there are errors, never a replay's trap")
    func replayPreconditions() throws {
        #expect(
            try Self.heap { $0[3] = $0[3].replacingOccurrences(of: "\"slot\":0", with: "\"slot\":9") }
                == "line 4: lift: slot 9 is outside the heap's 3 slots")
        #expect(
            try Self.heap { $0[5] = $0[5].replacingOccurrences(of: "\"to\":0", with: "\"to\":-1") }
                == "line 6: move: slot -1 is outside the heap's 3 slots")
        #expect(
            try Self.heap { $0.insert(#"{"seq":0,"op":0,"type":"lift_last","value":1}"#, at: 2) }
                == "line 3: lift_last: the heap has no last slot to lift")
        #expect(
            try Self.heap { $0[2] = #"{"seq":0,"op":0,"type":"load","count":3}"# }
                == "line 3: load: a load of 3 elements must follow the load of its 3 items")
        #expect(
            try Self.error("deque.jsonl", as: DequeStepEvent.self) {
                $0[3] = $0[3].replacingOccurrences(of: "\"block\":0", with: "\"block\":7")
            }
                == "line 4: slot_written: block 7 is not linked")
        #expect(
            try Self.error("deque.jsonl", as: DequeStepEvent.self) {
                $0[3] = $0[3].replacingOccurrences(of: "\"slot\":1", with: "\"slot\":8")
            }
                == "line 4: slot_written: slot 8 is outside a block of 8")
        #expect(
            try Self.error("deque.jsonl", as: DequeStepEvent.self) {
                $0.insert(#"{"seq":0,"op":0,"type":"block_freed","block":3,"end":"left"}"#, at: 2)
            } == "line 3: block_freed: block 3 is not the left block")
        #expect(
            try Self.error("deque.jsonl", as: DequeStepEvent.self) {
                $0.insert(#"{"seq":0,"op":0,"type":"block_allocated","block":0,"end":"left"}"#, at: 2)
            } == "line 3: block_allocated: block 0 is already linked")
        #expect(
            try Self.error("deque.jsonl", as: DequeStepEvent.self) {
                $0[3] = $0[3].replacingOccurrences(of: "\"end\":\"right\"", with: "\"end\":\"middle\"")
            }
                == #"line 4: slot_written: field 'end' must be "left" or "right", not a string ("middle")"#)
        #expect(
            try Self.error("lru.jsonl", as: LRUStepEvent.self) { $0.insert(#"{"seq":0,"op":0,"type":"evict","key":5,"value":1}"#, at: 2) }
                == "line 3: evict: key 5 is not the least recent entry")
        #expect(
            try Self.error("lru.jsonl", as: LRUStepEvent.self) {
                $0.insert(#"{"seq":0,"op":0,"type":"move_to_most_recent","key":5}"#, at: 2)
            }
                == "line 3: move_to_most_recent: key 5 is not cached")
        #expect(
            try Self.error("locks.jsonl", as: LocksStepEvent.self) {
                $0[6] = $0[6].replacingOccurrences(of: "\"lock\":\"x\"", with: "\"lock\":\"z\"")
            }
                == "line 7: acquired: lock 'z' is not a lock of the scene")
        #expect(
            try Self.error("locks.jsonl", as: LocksStepEvent.self) {
                $0[2] = $0[2].replacingOccurrences(of: "\"threads\":2", with: "\"threads\":0")
            }
                == "line 3: scene: threads 0 is out of range (1 to 4096)")
        #expect(
            try Self.error("locks.jsonl", as: LocksStepEvent.self) {
                $0[5] = $0[5].replacingOccurrences(of: "\"thread\":1", with: "\"thread\":3")
            }
                == "line 6: request: thread 3 is not a thread of the scene (1 to 2)")
        #expect(
            try Self.error("locks.jsonl", as: LocksStepEvent.self) {
                $0[4] = $0[4].replacingOccurrences(of: "\"thread\":1", with: "\"thread\":0")
            }
                == "line 5: begin: thread 0 is not a thread of the scene (1 to 2)")
        #expect(
            try Self.error("locks.jsonl", as: LocksStepEvent.self) { $0.remove(at: 2) }
                == "line 3: state: locks [x held by none x0 waiters []; y held by none x0 waiters []], running [1, 2], blocked [], finished [], aborted [] "
                + "disagree with the events before it, which build locks [], running [], blocked [], finished [], aborted []")
        #expect(
            try Self.error("scheduler-actors.jsonl", as: SchedulerStepEvent.self) {
                $0[4] = $0[4].replacingOccurrences(of: "\"printer\"", with: "\"nobody\"")
            }
                == "line 5: messages: a message for 'nobody', which no spawn of this run named")
    }

    // MARK: fields

    @Test("Known fields with the wrong type or missing (a value is a Python value in its JSON form, a slot an integer)")
    func fields() throws {
        #expect(
            try Self.heap { $0[4] = $0[4].replacingOccurrences(of: "\"less\":true", with: "\"less\":1") }
                == "line 5: compare: field 'less' must be true or false, not 1")
        #expect(
            try Self.heap { $0[3] = $0[3].replacingOccurrences(of: "\"slot\":0", with: "\"slot\":true") }
                == "line 4: lift: field 'slot' must be an integer, not true")
        #expect(
            try Self.heap { $0[3] = $0[3].replacingOccurrences(of: "\"value\":3", with: "\"value\":{\"x\":1}") }
                == #"line 4: lift: field 'value' holds an object that is not a float's {"float":"inf"}, {"float":"-inf"} or {"float":"nan"}"#
        )
        #expect(
            try Self.heap { $0[3] = $0[3].replacingOccurrences(of: "\"value\":3", with: "\"value\":99999999999999999999") }
                == "line 4: lift: field 'value' holds 99999999999999999999, an integer out of the 64-bit range")
        #expect(try Self.heap { $0[7] = $0[7].replacingOccurrences(of: "\"slot\":1,", with: "") } == "line 8: place: missing field 'slot'")
        #expect(
            try Self.heap { $0[8] = $0[8].replacingOccurrences(of: "\"items\":[1,3,2]", with: "\"items\":7") }
                == "line 9: state: field 'items' must be an array, not 7")
        #expect(
            try Self.heap { $0[1] = $0[1].replacingOccurrences(of: "heapify 3 1 2", with: "heapify 3 x") }
                == "line 2: begin: operation 'heapify 3 x': not a value in 'heapify 3 x': x")
        #expect(
            try Self.heap { $0[1] = $0[1].replacingOccurrences(of: "heapify 3 1 2", with: "pop; pop") }
                == "line 2: begin: operation 'pop; pop' is not exactly one operation")
        #expect(
            try Self.error("locks.jsonl", as: LocksStepEvent.self) {
                $0[2] = $0[2].replacingOccurrences(of: "\"ordered\":false", with: "\"ordered\":0")
            }
                == "line 3: scene: field 'ordered' must be true or false, not 0")
    }
}
