// RUN: veritor-opt %s --veritor-fingerprint='dim=4 quantize=int8 distribution=gaussian seed-type=ui32 seed-arg=challenge' 2>&1 | FileCheck %s --enable-var-scope

// fingerprint_success_int8_gaussian: N(0,1)/sqrt(dim) entries (Box-Muller on two hashes:
// log, sqrt, cosine), and int8 codes with a per-vector f32 scale max|y|/127 as two results.
// CHECK: remark: veritor-fingerprint: @fingerprint_success_int8_gaussian: 1 hook results projected to dim 4 (gaussian, int8 + f32 scale): 8 bytes per vector, 8 bytes per token position over all hooks, 48 bytes in all
// CHECK-LABEL: arg_attrs = [{}, {veritor.seed = "challenge"}], function_type = (tensor<6x32xf32>, tensor<ui32>) -> (tensor<6x4xi8>, tensor<6xf32>), res_attrs = [{veritor.fingerprint = "gaussian+int8", veritor.hook = "h"}, {veritor.fingerprint = "int8-scale", veritor.hook = "h"}]
// CHECK: "stablehlo.log"
// CHECK: "stablehlo.sqrt"
// CHECK: "stablehlo.cosine"
// CHECK: %[[Y:.*]] = "stablehlo.dot_general"
// CHECK-NEXT: %[[A:.*]] = "stablehlo.abs"(%[[Y]])
// CHECK: %[[MAX:.*]] = "stablehlo.reduce"(%[[A]], %{{.*}}) ({
// CHECK: "stablehlo.maximum"
// CHECK: }) {dimensions = array<i64: 1>} : (tensor<6x4xf32>, tensor<f32>) -> tensor<6xf32>
// CHECK: %[[SCALE:.*]] = "stablehlo.maximum"
// CHECK: "stablehlo.round_nearest_even"
// CHECK: "stablehlo.clamp"
// CHECK: %[[Q:.*]] = "stablehlo.convert"({{.*}}) : (tensor<6x4xf32>) -> tensor<6x4xi8>
// CHECK-NEXT: "func.return"(%[[Q]], %[[SCALE]])
func.func @fingerprint_success_int8_gaussian(%x: tensor<6x32xf32>) -> (tensor<6x32xf32> {veritor.hook = "h"}) {
  return %x : tensor<6x32xf32>
}
