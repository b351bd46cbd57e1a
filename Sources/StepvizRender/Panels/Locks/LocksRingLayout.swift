import Foundation

/// Where the dining philosophers sit around the table in a rectangle of
/// cells: philosopher 1 at the top, the others clockwise on an ellipse
/// (cells are about twice as tall as wide, so the ellipse is twice as wide),
/// and fork *j* between philosophers *j* - 1 and *j*, pulled towards the
/// one who holds it.
///
///     let ring = LocksRingLayout(count: 5, area: Rect(x: 0, y: 0, width: 40, height: 11))
///     ring.seat(of: 1)    // (x: 20, y: 0): the top of the table
public struct LocksRingLayout: Equatable {
    public let count: Int
    public let area: Rect
    private let radiusX: Double
    private let radiusY: Double

    public init(count: Int, area: Rect) {
        self.count = Swift.max(1, count)
        self.area = area
        radiusY = Double(Swift.max(0, area.height - 1)) / 2
        radiusX = Swift.min(Double(Swift.max(0, area.width - 6)) / 2, Swift.max(radiusY * 2.6, 10))
    }

    private var centre: (x: Double, y: Double) {
        (Double(area.x) + Double(area.width - 1) / 2, Double(area.y) + radiusY)
    }

    /// The angle of philosopher `philosopher` (1-based), clockwise from the top.
    private func angle(of philosopher: Int) -> Double {
        -Double.pi / 2 + 2 * Double.pi * Double(philosopher - 1) / Double(count)
    }

    private func point(angle: Double, scale: Double) -> (x: Int, y: Int) {
        let (cx, cy) = centre
        return (Int((cx + radiusX * scale * cos(angle)).rounded()), Int((cy + radiusY * scale * sin(angle)).rounded()))
    }

    /// The centre cell of philosopher `philosopher`'s label.
    public func seat(of philosopher: Int) -> (x: Int, y: Int) { point(angle: angle(of: philosopher), scale: 1) }

    /// The centre cell of fork `fork` (1-based), shared by philosophers
    /// `fork - 1` (its right fork) and `fork` (its left): midway when free,
    /// next to its holder otherwise.
    public func fork(_ fork: Int, heldBy holder: Int?) -> (x: Int, y: Int) {
        let step = 2 * Double.pi / Double(count)
        let left = fork == 1 ? count : fork - 1
        var angle = self.angle(of: fork) - step / 2
        var scale = 0.62
        if holder == fork {
            angle = self.angle(of: fork) - step * 0.2
            scale = 0.72
        } else if holder == left {
            angle = self.angle(of: left) + step * 0.2
            scale = 0.72
        }
        return point(angle: angle, scale: scale)
    }

    /// Whether the rim leaves room for a word of `length` inside it.
    public func rimHolds(_ length: Int) -> Bool { radiusX * 0.36 * 2 >= Double(length + 2) && radiusY * 0.36 >= 1 }

    /// Points of the table's rim, a smaller ellipse inside the forks.
    public var rim: [(x: Int, y: Int)] {
        let steps = Swift.max(24, Int(radiusX * 6))
        return (0..<steps).map { point(angle: 2 * Double.pi * Double($0) / Double(steps), scale: 0.36) }
    }
}
