import StepvizCore

/// A ``ThreadingSnapshot`` as stream fields and back, written once for
/// the `scene` line (its primitives) and every `state` line (all of it):
///
///     "locks":[{"lock":"mutex","reentrant":false,"holder":1,"count":1,"waiters":[3]}],
///     "conditions":[{"condition":"not_empty","lock":"mutex","waiters":[2]}],
///     "deques":[{"deque":"items","items":["1"]}], "variables":[{"variable":"ready","value":"True"}],
///     "waits":[{"thread":2,"kind":"condition","condition":"not_empty","lock":"mutex"}],
///     "running":[1],"blocked":[2,3],"finished":[],"aborted":[]   (and "stuck":[...] when stuck)
enum ThreadingSnapshotJSON {
    /// Locks, conditions, deques and variables.
    static func encodePrimitives(_ snapshot: ThreadingSnapshot, into object: inout JSONObjectWriter) {
        object.rawField(
            "locks",
            array(snapshot.locks) { lock, object in
                object.field("lock", lock.name)
                object.field("reentrant", lock.reentrant)
                object.field("holder", lock.holder)
                object.field("count", lock.count)
                object.field("waiters", lock.waiters)
            })
        object.rawField(
            "conditions",
            array(snapshot.conditions) { condition, object in
                object.field("condition", condition.name)
                object.field("lock", condition.lock)
                object.field("waiters", condition.waiters)
            })
        object.rawField(
            "deques",
            array(snapshot.deques) { deque, object in
                object.field("deque", deque.name)
                object.field("items", deque.items)
            })
        object.rawField(
            "variables",
            array(snapshot.variables) { variable, object in
                object.field("variable", variable.name)
                object.field("value", variable.value)
            })
    }

    /// The whole snapshot.
    static func encode(_ snapshot: ThreadingSnapshot, into object: inout JSONObjectWriter) {
        encodePrimitives(snapshot, into: &object)
        let waits = snapshot.waits.keys.sorted().map { ($0, snapshot.waits[$0]!) }
        object.rawField(
            "waits",
            array(waits) { entry, object in
                object.field("thread", entry.0)
                switch entry.1 {
                case .lock(let lock, let holder):
                    object.field("kind", "lock")
                    object.field("lock", lock)
                    object.field("holder", holder)
                case .condition(let condition, let lock):
                    object.field("kind", "condition")
                    object.field("condition", condition)
                    object.field("lock", lock)
                case .reacquire(let lock, let condition, let holder):
                    object.field("kind", "reacquire")
                    object.field("lock", lock)
                    object.field("condition", condition)
                    object.field("holder", holder)
                }
            })
        object.field("running", snapshot.running)
        object.field("blocked", snapshot.blocked)
        object.field("finished", snapshot.finished)
        object.field("aborted", snapshot.aborted)
        if let stuck = snapshot.stuck { object.field("stuck", stuck) }
    }

    private static func array<Element>(_ elements: [Element], _ write: (Element, inout JSONObjectWriter) -> Void) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            var object = JSONObjectWriter(bytes: bytes)
            write(element, &object)
            bytes = object.finish()
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }

    /// The primitives of a `scene` or `state` line, no thread statuses.
    static func decodePrimitives(_ fields: JSONObject) throws(StreamLineError) -> ThreadingSnapshot {
        var snapshot = ThreadingSnapshot(
            locks: [], conditions: [], deques: [], variables: [], waits: [:], running: [], blocked: [], finished: [], aborted: [],
            stuck: nil)
        for lock in try fields.objects("locks") {
            snapshot.locks.append(
                .init(
                    name: try lock.string("lock"), reentrant: try lock.bool("reentrant"), holder: try lock.nullableInt("holder"),
                    count: try lock.int("count"), waiters: try lock.ints("waiters")))
        }
        for condition in try fields.objects("conditions") {
            snapshot.conditions.append(
                .init(name: try condition.string("condition"), lock: try condition.string("lock"), waiters: try condition.ints("waiters")))
        }
        for deque in try fields.objects("deques") {
            snapshot.deques.append(.init(name: try deque.string("deque"), items: try deque.strings("items")))
        }
        for variable in try fields.objects("variables") {
            snapshot.variables.append(.init(name: try variable.string("variable"), value: try variable.string("value")))
        }
        return snapshot
    }

    /// A whole `state` line.
    static func decode(_ fields: JSONObject) throws(StreamLineError) -> ThreadingSnapshot {
        var snapshot = try decodePrimitives(fields)
        for wait in try fields.objects("waits") {
            let thread = try wait.int("thread")
            guard snapshot.waits[thread] == nil else { throw StreamLineError("thread \(thread) has two waits") }
            snapshot.waits[thread] =
                switch try wait.oneOf("kind", ["lock": 0, "condition": 1, "reacquire": 2]) {
                case 0: .lock(try wait.string("lock"), holder: try wait.int("holder"))
                case 1: .condition(try wait.string("condition"), lock: try wait.string("lock"))
                default: .reacquire(try wait.string("lock"), condition: try wait.string("condition"), holder: try wait.int("holder"))
                }
        }
        snapshot.running = try fields.ints("running")
        snapshot.blocked = try fields.ints("blocked")
        snapshot.finished = try fields.ints("finished")
        snapshot.aborted = try fields.ints("aborted")
        if fields["stuck"] != nil { snapshot.stuck = try fields.strings("stuck") }
        return snapshot
    }
}
