// insert_hooks_failure_*: malformed options are errors; insert_hooks_inapplicable_*: a
// selection (or a part of it) that matches nothing is a warning naming what is there.

// insert_hooks_failure_nothing_selected
// RUN: not veritor-opt %s --veritor-insert-hooks 2>&1 | FileCheck %s --check-prefix=NOTHING
// NOTHING: error: veritor-insert-hooks: nothing to hook; give ops=, locations= or results=

// insert_hooks_failure_bad_result
// RUN: not veritor-opt %s --veritor-insert-hooks=results=main 2>&1 | FileCheck %s --check-prefix=BADRESULT
// BADRESULT: error: veritor-insert-hooks: bad results entry 'main': expected FUNCTION:INDEX, e.g. main:0

// insert_hooks_failure_scope_outputs_without_locations
// RUN: not veritor-opt %s --veritor-insert-hooks='ops=add scope-outputs=true' 2>&1 | FileCheck %s --check-prefix=SCOPE
// SCOPE: error: veritor-insert-hooks: scope-outputs=true needs locations=

// insert_hooks_failure_schema_unwritable
// RUN: not veritor-opt %s --veritor-insert-hooks='ops=add schema=%t.missing/s.json' 2>&1 | FileCheck %s --check-prefix=SCHEMA
// SCHEMA: error: veritor-insert-hooks: cannot write hook schema '{{.*}}s.json'

// insert_hooks_inapplicable_typos: each part that matches nothing is named, with the
// nearest op names / scopes / functions present; the module is unchanged.
// RUN: veritor-opt %s --veritor-insert-hooks='ops=dot_generl,add locations=layer0/atn functions=insert_hooks_inapplicable_typos,insert_hooks_inaplicable_typos results=insert_hooks_inapplicable_typos:4,nope:0' 2>&1 >/dev/null | FileCheck %s --check-prefix=TYPO
// TYPO-DAG: warning: veritor-insert-hooks: functions=insert_hooks_inaplicable_typos matches no function; functions: @insert_hooks_inapplicable_typos
// TYPO-DAG: warning: veritor-insert-hooks: results=insert_hooks_inapplicable_typos:4 matches nothing: @insert_hooks_inapplicable_typos has 1 results (static tensors can be hooked)
// TYPO-DAG: warning: veritor-insert-hooks: results=nope:0 matches no function; functions: @insert_hooks_inapplicable_typos
// TYPO-DAG: warning: veritor-insert-hooks: ops=stablehlo.dot_generl matches no op; nearest op names present: stablehlo.dot_general, stablehlo.add
// TYPO-DAG: warning: veritor-insert-hooks: locations=layer0/atn matches no op location; nearest scopes present: jit(f)/layer0/attn, jit(f)/layer1/mlp
// RUN: veritor-opt %s --veritor-insert-hooks='ops=dot_generl' 2>/dev/null | FileCheck %s --check-prefix=UNCHANGED
// UNCHANGED-NOT: veritor.hook

// insert_hooks_inapplicable_no_value: every part matches, but not together.
// RUN: veritor-opt %s --veritor-insert-hooks='ops=dot_general locations=layer1/mlp' 2>&1 >/dev/null | FileCheck %s --check-prefix=EMPTY
// EMPTY: warning: veritor-insert-hooks: the selection matches no value: no op matches ops= and locations= together
func.func @insert_hooks_inapplicable_typos(%x: tensor<4x4xf32>) -> tensor<4x4xf32> {
  %0 = "stablehlo.dot_general"(%x, %x) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32> loc("jit(f)/layer0/attn/dot_general")
  %1 = "stablehlo.add"(%0, %x) : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32> loc("jit(f)/layer1/mlp/add")
  return %1 : tensor<4x4xf32>
}
