/// An event that can be written as one JSON Lines object of the event stream
/// (`{"seq":…,"op":…,"type":…, fields…}`).
public protocol StepEventEncodable {
    /// The `"type"` of the line, e.g. `"compare"`, `"state"`, `"error"`.
    var type: String { get }
    /// Writes the fields that follow `seq`, `op` and `type`.
    func encodeFields(into object: inout JSONObjectWriter)
    /// Whether this step begins a thread's or coroutine's turn (the
    /// operations before the first one set a scene up).
    var startsTurn: Bool { get }
    /// Whether any event of this type can begin a turn (the scene panels).
    static var takesTurns: Bool { get }
}

extension StepEventEncodable {
    public var startsTurn: Bool { false }
    public static var takesTurns: Bool { false }
}

extension Step where Event: StepEventEncodable {
    /// Appends this step as one JSON object (no newline) to `bytes`.
    public func encodeJSON(into bytes: inout [UInt8]) {
        var object = JSONObjectWriter(bytes: bytes)
        bytes = []
        object.field("seq", seq)
        object.field("op", op)
        object.field("type", event.type)
        event.encodeFields(into: &object)
        bytes = object.finish()
    }

    /// This step as one JSON object.
    public var jsonLine: String {
        var bytes: [UInt8] = []
        encodeJSON(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
