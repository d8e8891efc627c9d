//! The JSON path of a position in a JSON text: where serde_json stopped with an error
//! (`products[1].amount.min`), found by scanning the text up to that line and column. This replaces a
//! path-tracking deserializer, which doubled the deserialization code in the wasm.

/// One open container while scanning.
enum Open {
    /// An object and the key last read in it.
    Object(Option<String>),
    /// An array, the index of the element being read, and whether that element has begun.
    Array(usize, bool),
}

/// The path of the value being read at `line`/`column` (1-based, as serde_json reports them; the
/// column counts bytes) of `json`: keys joined by `.`, indices in brackets; empty at the top level.
pub fn path_at(json: &str, line: usize, column: usize) -> String {
    let stop = offset(json, line, column);
    let bytes = json.as_bytes();
    let mut stack: Vec<Open> = Vec::new();
    let mut i = 0;
    while i < stop.min(bytes.len()) {
        if let Some(Open::Array(_, begun)) = stack.last_mut()
            && !bytes[i].is_ascii_whitespace()
            && !matches!(bytes[i], b',' | b']')
        {
            *begun = true;
        }
        match bytes[i] {
            b'{' => stack.push(Open::Object(None)),
            b'[' => stack.push(Open::Array(0, false)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => {
                if let Some(Open::Array(n, begun)) = stack.last_mut() {
                    *n += 1;
                    *begun = false;
                }
            }
            b'"' => {
                let (text, end) = string_at(json, i);
                if let Some(Open::Object(key)) = stack.last_mut()
                    && next_significant(bytes, end) == Some(b':')
                {
                    *key = Some(text);
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    render(&stack)
}

fn render(stack: &[Open]) -> String {
    let mut out = String::new();
    for open in stack {
        match open {
            Open::Object(Some(key)) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Open::Object(None) => {}
            Open::Array(n, true) => out.push_str(&format!("[{n}]")),
            Open::Array(_, false) => {}
        }
    }
    out
}

/// Byte offset of a 1-based line and byte column.
fn offset(json: &str, line: usize, column: usize) -> usize {
    let start: usize = json
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    start + column
}

/// The string starting at the quote at `start`, unescaped as far as a key needs, and the offset just
/// after its closing quote (or the end of the text).
fn string_at(json: &str, start: usize) -> (String, usize) {
    let bytes = json.as_bytes();
    let mut i = start + 1;
    let mut text = String::new();
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return (text, i + 1),
            b'\\' if i + 1 < bytes.len() => {
                match bytes[i + 1] {
                    b'n' => text.push('\n'),
                    b't' => text.push('\t'),
                    b'u' => text.push('\u{fffd}'),
                    other => text.push(char::from(other)),
                }
                i += if bytes[i + 1] == b'u' { 6 } else { 2 };
            }
            _ => {
                let ch = json[i..].chars().next().unwrap_or('\u{fffd}');
                text.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    (text, bytes.len())
}

fn next_significant(bytes: &[u8], from: usize) -> Option<u8> {
    bytes[from.min(bytes.len())..]
        .iter()
        .copied()
        .find(|b| !b.is_ascii_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where serde_json stops on `json` read as `T`, as a path.
    fn error_path<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        let e = serde_json::from_str::<T>(json).unwrap_err();
        path_at(json, e.line(), e.column())
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        min: u32,
        #[serde(default)]
        tags: Vec<String>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        name: String,
        items: Vec<Inner>,
    }

    #[test]
    fn paths_of_serde_json_errors() {
        let unknown = "{\"name\": \"x\", \"items\": [{\"min\": 1}, {\"min\": 2, \"mni\": 3}]}";
        assert_eq!(error_path::<Outer>(unknown), "items[1].mni");
        let wrong_type = "{\n  \"name\": \"x\",\n  \"items\": [\n    {\"min\": \"two\"}\n  ]\n}";
        assert_eq!(error_path::<Outer>(wrong_type), "items[0].min");
        let missing = "{\"name\": \"x\", \"items\": [{\"min\": 1}, {}]}";
        assert_eq!(error_path::<Outer>(missing), "items[1]");
        let nested = "{\"name\": \"x\", \"items\": [{\"min\": 1, \"tags\": [\"a\", 5]}]}";
        assert_eq!(error_path::<Outer>(nested), "items[0].tags[1]");
        let top = "{\"name\": 5, \"items\": []}";
        assert_eq!(error_path::<Outer>(top), "name");
        assert_eq!(error_path::<Outer>("5"), "");
        // serde reads a struct from an array too: the first element is then `name`.
        assert_eq!(error_path::<Outer>("[1]"), "[0]");
    }

    #[test]
    fn keys_with_escapes_and_accents_and_a_truncated_text() {
        let text = "{\"a\\\"b\": {\"ñandú\": [0, 1, {\"x\": ";
        assert_eq!(path_at(text, 1, text.len()), "a\"b.ñandú[2].x");
        assert_eq!(path_at("", 1, 0), "");
        assert_eq!(path_at("{\"a\": 1}", 9, 9), "");
    }
}
