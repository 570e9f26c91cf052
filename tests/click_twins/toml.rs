//! Just enough TOML for the case files: `[[case]]` tables whose keys hold
//! strings (basic, literal and multi-line), integers, arrays of strings and
//! inline tables of strings, with comments. Anything else is an error that
//! names the line.

use std::collections::BTreeMap;

/// A value in a case file.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Str(String),
    Int(i64),
    Array(Vec<Value>),
    Table(BTreeMap<String, Value>),
}

/// The `[[case]]` tables of `text`, in order.
pub fn parse_cases(text: &str) -> Result<Vec<BTreeMap<String, Value>>, String> {
    let mut p = Parser {
        chars: text.chars().collect(),
        pos: 0,
    };
    let mut cases: Vec<BTreeMap<String, Value>> = Vec::new();
    loop {
        p.skip_blank_lines();
        if p.at_end() {
            return Ok(cases);
        }
        if p.eat_str("[[") {
            let name = p.key()?;
            p.skip_spaces();
            if name != "case" || !p.eat_str("]]") {
                return Err(p.error("only [[case]] tables are allowed"));
            }
            cases.push(BTreeMap::new());
        } else {
            let key = p.key()?;
            p.skip_spaces();
            if !p.eat_str("=") {
                return Err(p.error("expected '='"));
            }
            p.skip_spaces();
            let value = p.value()?;
            let case = cases
                .last_mut()
                .ok_or_else(|| p.error("a key before the first [[case]]"))?;
            if case.insert(key.clone(), value).is_some() {
                return Err(p.error(&format!("'{key}' given twice")));
            }
        }
        p.skip_spaces();
        p.skip_comment();
        if !p.at_end() && !p.eat_str("\n") {
            return Err(p.error("expected the end of the line"));
        }
    }
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn at_end(&self) -> bool {
        self.pos >= self.chars.len()
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn line(&self) -> usize {
        1 + self.chars[..self.pos.min(self.chars.len())]
            .iter()
            .filter(|&&c| c == '\n')
            .count()
    }

    fn error(&self, what: &str) -> String {
        format!("line {}: {what}", self.line())
    }

    fn eat_str(&mut self, s: &str) -> bool {
        let want: Vec<char> = s.chars().collect();
        if self.chars[self.pos..].starts_with(&want) {
            self.pos += want.len();
            true
        } else {
            false
        }
    }

    fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\r')) {
            self.pos += 1;
        }
    }

    fn skip_comment(&mut self) {
        if self.peek() == Some('#') {
            while !matches!(self.peek(), None | Some('\n')) {
                self.pos += 1;
            }
        }
    }

    /// Spaces, comments and newlines (inside arrays and between entries).
    fn skip_blank_lines(&mut self) {
        loop {
            self.skip_spaces();
            self.skip_comment();
            if !self.eat_str("\n") {
                return;
            }
        }
    }

    fn key(&mut self) -> Result<String, String> {
        self.skip_spaces();
        match self.peek() {
            Some('"') => self.basic_string(),
            Some('\'') => self.literal_string(),
            _ => {
                let start = self.pos;
                while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || c == '_' || c == '-')
                {
                    self.pos += 1;
                }
                if start == self.pos {
                    return Err(self.error("expected a key"));
                }
                Ok(self.chars[start..self.pos].iter().collect())
            }
        }
    }

    fn value(&mut self) -> Result<Value, String> {
        match self.peek() {
            Some('"') if self.chars[self.pos..].starts_with(&['"', '"', '"']) => {
                self.multiline_string().map(Value::Str)
            }
            Some('"') => self.basic_string().map(Value::Str),
            Some('\'') => self.literal_string().map(Value::Str),
            Some('[') => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_blank_lines();
                    if self.eat_str("]") {
                        return Ok(Value::Array(items));
                    }
                    items.push(self.value()?);
                    self.skip_blank_lines();
                    if !self.eat_str(",") && self.peek() != Some(']') {
                        return Err(self.error("expected ',' or ']'"));
                    }
                }
            }
            Some('{') => {
                self.pos += 1;
                let mut table = BTreeMap::new();
                loop {
                    self.skip_spaces();
                    if self.eat_str("}") {
                        return Ok(Value::Table(table));
                    }
                    let key = self.key()?;
                    self.skip_spaces();
                    if !self.eat_str("=") {
                        return Err(self.error("expected '=' in an inline table"));
                    }
                    self.skip_spaces();
                    table.insert(key, self.value()?);
                    self.skip_spaces();
                    if !self.eat_str(",") && self.peek() != Some('}') {
                        return Err(self.error("expected ',' or '}'"));
                    }
                }
            }
            Some(c) if c.is_ascii_digit() || c == '-' => {
                let start = self.pos;
                self.pos += 1;
                while matches!(self.peek(), Some(c) if c.is_ascii_digit()) {
                    self.pos += 1;
                }
                let digits: String = self.chars[start..self.pos].iter().collect();
                digits
                    .parse()
                    .map(Value::Int)
                    .map_err(|_| self.error("a bad integer"))
            }
            _ => Err(self.error("expected a string, an integer, an array or a table")),
        }
    }

    fn escape(&mut self) -> Result<char, String> {
        let c = self
            .peek()
            .ok_or_else(|| self.error("an unfinished escape"))?;
        self.pos += 1;
        Ok(match c {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'e' => '\u{1b}',
            '"' => '"',
            '\\' => '\\',
            'u' | 'U' => {
                let len = if c == 'u' { 4 } else { 8 };
                let hex: String = self.chars[self.pos..].iter().take(len).collect();
                self.pos += len;
                u32::from_str_radix(&hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| self.error("a bad \\u escape"))?
            }
            _ => return Err(self.error(&format!("an unknown escape \\{c}"))),
        })
    }

    fn basic_string(&mut self) -> Result<String, String> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            match self.peek() {
                None | Some('\n') => return Err(self.error("an unfinished string")),
                Some('"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some('\\') => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                Some(c) => {
                    self.pos += 1;
                    out.push(c);
                }
            }
        }
    }

    fn literal_string(&mut self) -> Result<String, String> {
        self.pos += 1;
        let start = self.pos;
        while !matches!(self.peek(), None | Some('\'') | Some('\n')) {
            self.pos += 1;
        }
        if !self.eat_str("'") {
            return Err(self.error("an unfinished literal string"));
        }
        Ok(self.chars[start..self.pos - 1].iter().collect())
    }

    /// `"""…"""`: a newline right after the opening quotes is dropped.
    fn multiline_string(&mut self) -> Result<String, String> {
        self.pos += 3;
        self.eat_str("\n");
        let mut out = String::new();
        loop {
            if self.eat_str("\"\"\"") {
                return Ok(out);
            }
            match self.peek() {
                None => return Err(self.error("an unfinished \"\"\" string")),
                Some('\\') => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                Some(c) => {
                    self.pos += 1;
                    out.push(c);
                }
            }
        }
    }
}
