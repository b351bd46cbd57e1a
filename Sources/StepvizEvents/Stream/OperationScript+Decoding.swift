extension OperationScript {
    /// The one operation a `begin` line's `operation` names, parsed as
    /// typed at the prompt; throws naming the text when it is not exactly one.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    static func single<Operation: ParsableOperation>(
        _ text: String, as: Operation.Type = Operation.self
    ) throws(StreamLineError) -> Operation {
        let operations: [Operation]
        do {
            operations = try parse(text, as: Operation.self)
        } catch {
            throw StreamLineError("operation '\(text)': \(error.message)")
        }
        guard operations.count == 1 else { throw StreamLineError("operation '\(text)' is not exactly one operation") }
        return operations[0]
    }
}
