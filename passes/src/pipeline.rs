//! Textual pipelines: `builtin.module(a,b{k=v})` or just `a,b{k=v}`, split into elements;
//! Veritor passes are created from the registry, every other element is handed to MLIR's
//! own pipeline parser (upstream passes such as `canonicalize` or `func.func(cse)`).

use crate::raw::append_to_string;
use crate::registry::{create_pass, find, unknown_pass};
use melior::pass::PassManager;
use std::ffi::c_void;

/// Adds a textual pipeline to `pm`: `builtin.module(a,b{k=v})` or just `a,b{k=v}`. Veritor
/// passes are created from this registry; any other element is handed to MLIR's own parser
/// (upstream passes such as `canonicalize` or `func.func(cse)`).
pub fn add_pipeline(pm: &PassManager, text: &str) -> Result<(), String> {
    for element in pipeline_elements(text)? {
        add_element(pm, &element)?;
    }
    Ok(())
}

/// Adds one element: a Veritor pass `name{options}` or an upstream pipeline element.
pub fn add_element(pm: &PassManager, element: &str) -> Result<(), String> {
    let (name, options) = split_element(element)?;
    if find(name).is_some() {
        pm.add_pass(create_pass(name, options)?);
        return Ok(());
    }
    add_upstream(pm, element).map_err(|message| {
        if message.contains("does not refer to a registered pass") {
            unknown_pass(name)
        } else {
            format!("pipeline element '{element}': {message}")
        }
    })
}

fn add_upstream(pm: &PassManager, element: &str) -> Result<(), String> {
    melior::utility::register_all_passes();
    let mut message = String::new();
    let text = melior::StringRef::new(element);
    let result = unsafe {
        mlir_sys::mlirOpPassManagerAddPipeline(
            pm.as_operation_pass_manager().to_raw(),
            text.to_raw(),
            Some(append_to_string),
            &mut message as *mut String as *mut c_void,
        )
    };
    if result.value == 0 {
        return Err(message.trim().to_string());
    }
    Ok(())
}

/// Splits `name{opts}` into its name and the options text.
pub fn split_element(element: &str) -> Result<(&str, &str), String> {
    let element = element.trim();
    match element.find('{') {
        None => Ok((element, "")),
        Some(open) => {
            let inner = element[open + 1..].strip_suffix('}').ok_or_else(|| {
                format!("malformed pipeline element '{element}': options must end with '}}'")
            })?;
            Ok((element[..open].trim(), inner))
        }
    }
}

/// The comma-separated elements of a pipeline, with an outer `builtin.module(...)` removed.
pub fn pipeline_elements(text: &str) -> Result<Vec<String>, String> {
    let text = text.trim();
    let body = match text.strip_prefix("builtin.module") {
        Some(rest) => rest
            .trim()
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .ok_or_else(|| {
                format!("malformed pipeline '{text}': expected 'builtin.module(...)'")
            })?,
        None => text,
    };
    let mut elements = Vec::new();
    let mut current = String::new();
    let mut stack: Vec<char> = Vec::new();
    for c in body.chars() {
        match c {
            '(' | '{' => stack.push(c),
            ')' | '}' => {
                let open = if c == ')' { '(' } else { '{' };
                if stack.pop() != Some(open) {
                    return Err(format!("malformed pipeline '{text}': unbalanced '{c}'"));
                }
            }
            ',' if stack.is_empty() => {
                elements.push(finish_element(&current, text)?);
                current.clear();
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    if !stack.is_empty() {
        return Err(format!(
            "malformed pipeline '{text}': unclosed '{}'",
            stack[stack.len() - 1]
        ));
    }
    if !current.trim().is_empty() || !elements.is_empty() {
        elements.push(finish_element(&current, text)?);
    }
    Ok(elements)
}

fn finish_element(element: &str, text: &str) -> Result<String, String> {
    let element = element.trim();
    if element.is_empty() {
        return Err(format!("malformed pipeline '{text}': empty pass name"));
    }
    Ok(element.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipeline_elements_success_nested_and_options() {
        let got = pipeline_elements(
            "builtin.module(veritor-inline{into=main},func.func(cse,canonicalize),x)",
        )
        .unwrap();
        assert_eq!(
            got,
            vec![
                "veritor-inline{into=main}",
                "func.func(cse,canonicalize)",
                "x"
            ]
        );
        assert_eq!(pipeline_elements("a, b").unwrap(), vec!["a", "b"]);
        assert!(pipeline_elements("").unwrap().is_empty());
    }

    #[test]
    fn pipeline_elements_failure_malformed() {
        assert!(pipeline_elements("builtin.module(a")
            .unwrap_err()
            .contains("malformed"));
        assert!(pipeline_elements("a{x=1").unwrap_err().contains("unclosed"));
        assert!(pipeline_elements("a,,b")
            .unwrap_err()
            .contains("empty pass name"));
        assert!(pipeline_elements("a)").unwrap_err().contains("unbalanced"));
    }

    #[test]
    fn split_element_success() {
        assert_eq!(split_element("p{a=1 b}").unwrap(), ("p", "a=1 b"));
        assert_eq!(split_element("p").unwrap(), ("p", ""));
    }
}

#[cfg(test)]
mod library_tests {
    use super::*;
    use melior::ir::operation::OperationLike;
    use melior::ir::Module;
    use melior::Context;

    const MODULE: &str = r#"
module {
  func.func @main(%x: tensor<f32>) -> tensor<f32> {
    %0 = func.call @double(%x) : (tensor<f32>) -> tensor<f32>
    return %0 : tensor<f32>
  }
  func.func private @double(%a: tensor<f32>) -> tensor<f32> {
    %0 = "stablehlo.add"(%a, %a) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    return %0 : tensor<f32>
  }
}
"#;

    fn context() -> Context {
        veritor_dialects::context().unwrap()
    }

    #[test]
    fn create_pass_success_in_a_foreign_pass_manager() {
        let context = context();
        let mut module = Module::parse(&context, MODULE).expect("test module parses");
        let pm = PassManager::new(&context);
        pm.add_pass(create_pass("veritor-inline", "").unwrap());
        pm.add_pass(create_pass("veritor-symbol-dce", "").unwrap());
        pm.run(&mut module).expect("pipeline runs");
        assert!(module.as_operation().verify());
        let text = module.as_operation().to_string();
        assert!(!text.contains("func.call"), "{text}");
        assert!(!text.contains("@double"), "{text}");
        assert!(text.contains("\"stablehlo.add\"(%arg0, %arg0)"), "{text}");
    }

    #[test]
    fn add_pipeline_success_mixed_with_upstream() {
        crate::testing::check(
            "builtin.module(veritor-inline{into=main},symbol-dce)",
            MODULE,
            r#"
            module {
              func.func @main(%arg0: tensor<f32>) -> tensor<f32> {
                %0 = "stablehlo.add"(%arg0, %arg0) : (tensor<f32>, tensor<f32>) -> tensor<f32>
                return %0 : tensor<f32>
              }
            }
            "#,
        );
    }

    #[test]
    fn create_pass_failure_unknown_name_and_option() {
        assert!(create_pass("nope", "")
            .err()
            .unwrap()
            .contains("unknown pass 'nope'"));
        assert!(create_pass("veritor-inline", "x=1")
            .err()
            .unwrap()
            .contains("unknown option 'x'"));
        let context = Context::new();
        let pm = PassManager::new(&context);
        assert!(add_pipeline(&pm, "not-a-pass")
            .unwrap_err()
            .contains("unknown pass 'not-a-pass'"));
    }
}
