import CNcurses
import StepvizRender

/// The curses attribute bits for a style's bold / reverse / underline / dim.
/// Colour is carried separately, as a colour pair (see `ColorPairTable`).
enum StyleAttributes {
    /// The attributes of `style`, ORed together (A_NORMAL for a plain style).
    ///
    ///     StyleAttributes.attributes(for: Style(bold: true))   // A_BOLD
    ///
    /// - Complexity: O(1).
    static func attributes(for style: Style) -> attr_t {
        var attributes = stepviz_a_normal()
        if style.bold { attributes |= stepviz_a_bold() }
        if style.reverse { attributes |= stepviz_a_reverse() }
        if style.underline { attributes |= stepviz_a_underline() }
        if style.dim { attributes |= stepviz_a_dim() }
        return attributes
    }
}
