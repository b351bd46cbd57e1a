extension SavedStream {
    /// The stream's setup and steps as `Event`s, each `state` checked
    /// against what the events before it build, as a step source to play.
    /// Lines of a type `Event` does not know are skipped.
    ///
    ///     let source = try SavedStream.read(bytes).source(as: DequeStepEvent.self)
    ///     source.setup.maxlen    // the header's maxlen
    ///
    /// - Complexity: O(*n*) lines, each costing its replay's check.
    public func source<Event: StepEventDecodable>(
        as: Event.Type = Event.self
    ) throws(StreamReadError) -> ReplayStepSource<Event, Event.Setup> {
        guard Event.panel == panel else {
            throw StreamReadError(line: 1, message: "a \(panel) stream cannot be read as \(Event.panel)")
        }
        let setup: Event.Setup
        do { setup = try Event.Setup(headerFields: header) } catch { throw StreamReadError(line: 1, message: error.message) }
        var replay = Event.Replay(setup: setup)
        var steps: [Step<Event>] = []
        steps.reserveCapacity(lines.count)
        for line in lines {
            do {
                guard let event = try Event.decode(type: line.type, fields: line.fields, after: replay) else { continue }
                try replay.apply(event)
                steps.append(Step(seq: line.seq, op: line.op, event: event))
            } catch {
                throw StreamReadError(line: line.number, message: "\(line.type): \(error.message)")
            }
        }
        return ReplayStepSource(setup: setup, steps: steps, operationLabels: operationLabels)
    }
}
