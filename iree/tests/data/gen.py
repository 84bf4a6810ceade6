"""Regenerates the reference .npy files used by the veritor-iree unit tests.

Run from this directory with the project's Python (numpy + ml_dtypes):
    ../../../.venv/bin/python gen.py
"""

import ml_dtypes
import numpy as np

np.save("f32_2x3.npy", np.array([[1.0, -2.5, 3.25], [0.0, 1e-3, -7.0]], np.float32))
np.save("i32_vec.npy", np.array([1, -2, 2147483647, -2147483648, 0], np.int32))
np.save("bool.npy", np.array([True, False, True, True], np.bool_))
np.save("bf16.npy", np.array([1.0, -2.0, 0.5, 3.140625], ml_dtypes.bfloat16))
np.save("f16.npy", np.array([1.0, -0.5, 65504.0, 6.1035156e-05, 5.9604645e-08], np.float16))
np.save("scalar_f64.npy", np.float64(2.5))
np.save("u32_2.npy", np.array([7, 4294967295], np.uint32))
