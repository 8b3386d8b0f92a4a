"""A corpus of nasty inputs, as a user or an attacker would give them: configurations, flags and
data files. Each is refused with one line (or click's usage form), exit status 2, no traceback,
and nothing written: the working folder holds afterwards exactly what the test put there."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from nas.data.datasets import FASHION_DIR_ENV
from tests.conftest import run_cli

CONFIGS = {  # TOML text: a piece of the message
    "epochs written as a float": ("[train]\nepochs = 1e9\n", "train.epochs: Input should be a valid integer"),
    "epochs written as a boolean": (
        "[train]\nepochs = true\n",
        "train.epochs: Input should be a valid integer",
    ),
    "an infinite learning rate": ("[train]\nlr = inf\n", "train.lr: Input should be a finite number"),
    "a NaN learning rate": ("[train]\nlr = nan\n", "train.lr"),
    "a negative seed": ("[study]\nseed = -1\n", "study.seed: Input should be greater than or equal to 0"),
    "a seed of 2**32": ("[study]\nseed = 4294967296\n", "study.seed: Input should be less than 4294967296"),
    "more measuring threads than cores": ("[measure]\nthreads = 10000\n", "measure.threads"),
    "more training threads than cores": ("[train]\nthreads = 64\n", "train.threads"),
    "a billion calls a window": ("[measure]\nruns = 1000000000\n", "measure.runs"),
    "an infinite window": ("[measure]\nmin_window_s = inf\n", "measure.min_window_s"),
    "a day-long window": ("[measure]\nmin_window_s = 86400.0\n", "measure.min_window_s"),
    "a batch of a billion": ("[train]\nbatch_size = 1000000000\n", "train.batch_size"),
    "a NUL in the study name": (
        '[study]\nname = "a\\u0000b"\n',
        "study.name: the study name must not hold control",
    ),
    "a study name climbing out": (
        '[study]\nname = "../../etc"\n',
        "study.name: the study name must not hold /",
    ),
    "an absolute study name": ('[study]\nname = "/tmp/x"\n', "study.name"),
    "an empty study name": ('[study]\nname = ""\n', "study.name: the study name needs 1 to 200"),
    "an empty experiment name": ('[tracking]\nexperiment = ""\n', "tracking.experiment"),
    "an empty storage URL": ('[study]\nstorage = ""\n', "study.storage: storage is empty"),
    "a storage that is no URL": ('[study]\nstorage = "nas.db"\n', "is not a URL"),
    "a storage Optuna cannot open": ('[study]\nstorage = "redis://localhost:6379"\n', "scheme 'redis'"),
    "a storage with a bad port": ('[study]\nstorage = "postgresql://u@h:port/db"\n', "is not a URL"),
    "a storage in a missing folder": ('[study]\nstorage = "sqlite:///no/such/x.db"\n', "does not exist"),
    "a storage in memory": ('[study]\nstorage = "sqlite://"\n', "needs a file"),
    "a tracking URI without a host": ('[tracking]\nuri = "http://"\n', "needs a host"),
    "tracking in a missing folder": ('[tracking]\nuri = "sqlite:///no/such/m.db"\n', "does not exist"),
    "a tracking scheme MLflow lacks": ('[tracking]\nuri = "ftp://x"\n', "scheme 'ftp'"),
    "a file: tracking folder": (
        '[tracking]\nuri = "file:///tmp/mlruns"\n',
        "no longer keeps runs in file: folders",
    ),
    "a stem of a million channels": ("[space]\nstem_channels = [1000000]\n", "at most 4096 channels"),
    "a thousand blocks a stage": ("[space]\ndepths = [[1, 1000], [0, 3], [0, 3]]\n", "32 blocks"),
    "strides of 3": ("[space]\nstrides = [3, 1, 1]\n", "strides must be 1 or 2"),
    "an image size of zero": ("[data]\nimage_size = [0, 5]\n", "data.image_size"),
    "two channels": ("[data]\nchannels = 2\n", "data.channels"),
    "a training cap of five": ("[data]\nmax_train_examples = 5\n", "data.max_train_examples"),
    "an empty dataset name": ('[data]\ndataset = ""\n', "data.dataset"),
    "a hypervolume floor above its ceiling": ("[hypervolume]\nenergy_j = [1e-3, 1e-6]\n", "floor < ceiling"),
    "a NaN energy budget": ("[budget]\nmax_energy_j = nan\n", "budget.max_energy_j"),
    "a misspelt key": (
        "[train]\nepoch = 3\n",
        "train.epoch: unknown key; did you mean 'epochs'? allowed: epochs",
    ),
    "an unknown section": ("[colour]\nred = 1\n", "colour: unknown key"),
    "broken TOML": ("[study\nname = 1\n", "is not valid TOML"),
    "an unknown augmentation": ('[train]\naugment = "mixup"\n', "train.augment"),
    "zero epochs": ("[train]\nepochs = 0\n", "train.epochs: Input should be greater than or equal to 1"),
    "an unknown sampler": (
        '[study]\nsampler = "bayes"\n',
        "study.sampler: allowed: cost-first, nsga2, tpe, random",
    ),
    "objectives without accuracy": ('[study]\nobjectives = ["energy"]\n', "study.objectives"),
    "an unknown objective": ('[study]\nobjectives = ["accuracy", "joy"]\n', "unknown objective 'joy'"),
    "an even kernel": ("[space]\nkernels = [4]\n", "kernels must be positive odd integers"),
    "an unknown meter": (
        '[measure]\nmeter = "watts"\n',
        "measure.meter: allowed: auto, rapl, nvml, cpu-model",
    ),
    "a meter this machine lacks": ('[measure]\nmeter = "rapl"\n', "measure: energy meter rapl: no "),
    "a provider this machine lacks": (
        '[measure]\nprovider = "cuda"\n',
        "measure: provider 'cuda' needs CUDAExecutionProvider",
    ),
    "idle power above the maximum": (
        "[measure]\ncpu_idle_w_per_vcpu = 9.0\n",
        "cpu_idle_w_per_vcpu must not exceed cpu_max_w_per_vcpu",
    ),
    "an unknown grid region": ('[footprint]\nregion = "Atlantis"\n', "footprint.region: no grid intensity"),
    "a PUE below one": (
        "[footprint]\npue = 0.5\n",
        "footprint.pue: Input should be greater than or equal to 1",
    ),
    "a negative parameter budget": ("[budget]\nmax_params = -1\n", "budget.max_params"),
    "a fractional memory budget": ("[budget]\nmax_peak_memory_bytes = 1.5\n", "budget.max_peak_memory_bytes"),
    "an unknown top-level key": ("colour = 3\n", "colour: unknown key"),
    "a dataset file that is not there": ('[data]\ndataset = "missing.npz"\n', "missing.npz: no such file"),
    "a joule budget without a unit": ('[study]\nbudget = "2000"\n', "study.budget: '2000' is not an energy"),
    "a joule budget in calories": ('[study]\nbudget = "5kcal"\n', "unknown unit 'kcal'"),
    "a negative joule budget": ('[study]\nbudget = "-2kJ"\n', "is not an energy"),
    "a joule budget of zero": ('[study]\nbudget = "0J"\n', "positive, finite"),
    "a NaN joule budget": ('[study]\nbudget = "nanJ"\n', "is not an energy"),
    "a joule budget as a number": ("[study]\nbudget = 2000\n", "study.budget"),
}


@pytest.mark.parametrize("case", sorted(CONFIGS))
def test_bad_configurations(workdir: Path, case: str) -> None:
    toml, message = CONFIGS[case]
    (workdir / "bad.toml").write_text(toml)
    assert_refused(workdir, ["search", "bad.toml"], message)


def test_a_config_file_that_is_not_utf8(workdir: Path) -> None:
    (workdir / "bad.toml").write_bytes(b"[study]\nname = '\xff\xfe'\n")
    assert_refused(workdir, ["search", "bad.toml"], "cannot read bad.toml")


def _npz(**arrays: np.ndarray) -> Callable[[Path], object]:
    return lambda folder: np.savez(folder / "data.npz", **arrays)  # type: ignore[arg-type]


def _png_folder(corrupt: bool, classes: int) -> Callable[[Path], object]:
    def make(folder: Path) -> None:
        from PIL import Image

        for label in range(classes):
            (folder / "data.npz" / f"c{label}").mkdir(parents=True)
            for i in range(3):
                Image.new("L", (6, 6), 40 * i).save(folder / "data.npz" / f"c{label}" / f"{i}.png")
        if corrupt:
            (folder / "data.npz" / "c0" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")

    return make


def _image_folder_with(name: str, content: Callable[[], bytes]) -> Callable[[Path], object]:
    """Two classes of small images, and one more file ``name`` holding ``content``."""

    def make(folder: Path) -> None:
        _png_folder(corrupt=False, classes=2)(folder)
        (folder / "data.npz" / "c0" / name).write_bytes(content())

    return make


def _huge_png_header(side: int = 20000) -> bytes:
    """A PNG whose header says ``side`` x ``side`` pixels (20000: 400 MB to decode)."""
    import io
    import struct
    import zlib

    from PIL import Image

    small = io.BytesIO()
    Image.new("L", (2, 2)).save(small, format="PNG")
    data = bytearray(small.getvalue())
    ihdr = 8 + 4  # after the signature and the chunk's length
    data[ihdr + 4 : ihdr + 12] = struct.pack(">II", side, side)
    data[ihdr + 17 : ihdr + 21] = struct.pack(">I", zlib.crc32(bytes(data[ihdr : ihdr + 17])))
    return bytes(data)


def _cifar_truncated(folder: Path) -> None:
    root = folder / "data.npz"  # the config names "data.npz"; here it is a CIFAR folder
    root.mkdir()
    (root / "data_batch_1.bin").write_bytes(b"\x01" * 3000)
    (root / "test_batch.bin").write_bytes(b"\x01" * 3073)


DATA = {  # how the dataset the config names is made: a piece of the message
    "an empty .npz": (_npz(x=np.zeros((0, 8, 8)), y=np.zeros(0, dtype=int)), "x must have shape"),
    "a class id of a billion": (_npz(x=np.zeros((4, 8, 8)), y=np.array([0, 1, 2, 10**9])), "class ids"),
    "negative class ids": (_npz(x=np.zeros((4, 8, 8)), y=np.array([0, -1, 2, 1])), "class ids"),
    "an object array": (_npz(x=np.array([None] * 4, dtype=object), y=np.arange(4)), "not a readable .npz"),
    "infinite pixels": (_npz(x=np.full((9, 8, 8), np.inf), y=np.arange(9) % 3), "finite"),
    "a text file named .npz": (lambda f: (f / "data.npz").write_text("x,y\n1,2\n"), "not a readable .npz"),
    "a corrupt image in a folder": (_png_folder(corrupt=True, classes=2), "broken.png: not a readable image"),
    "an image folder of one class": (_png_folder(corrupt=False, classes=1), "at least two classes"),
    "a truncated CIFAR-10 batch": (_cifar_truncated, "not CIFAR-10 binary records"),
    "an image too large to decode": (
        _image_folder_with("huge.png", _huge_png_header),
        "huge.png: larger than this reads",
    ),
    "an image too large for this reader, not for Pillow": (
        _image_folder_with("big.png", lambda: _huge_png_header(5000)),
        "big.png: 5000x5000 pixels, larger than this reads",
    ),
    "a broken image whose name holds a newline": (
        _image_folder_with("two\nlines.png", lambda: b"not an image"),
        "two\\nlines.png: not a readable image",
    ),
    "a truncated .npz": (
        lambda f: (f / "data.npz").write_bytes(b"PK\x03\x04 truncated"),
        "not a readable .npz",
    ),
    "images of one row": (_npz(x=np.zeros((10, 8)), y=np.zeros(10, dtype=int)), "x must have shape"),
    "one label short": (_npz(x=np.zeros((10, 8, 8)), y=np.zeros(9, dtype=int)), "y must have shape"),
    "NaN pixels": (_npz(x=np.full((10, 8, 8), np.nan), y=np.arange(10) % 2), "finite"),
}


@pytest.mark.parametrize("case", sorted(DATA))
def test_bad_data(workdir: Path, case: str) -> None:
    make, message = DATA[case]
    make(workdir)
    (workdir / "bad.toml").write_text('[data]\ndataset = "data.npz"\n')
    assert_refused(workdir, ["search", "bad.toml"], message)


def test_missing_fashion_mnist(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(FASHION_DIR_ENV, str(workdir / "absent"))
    (workdir / "f.toml").write_text('[data]\ndataset = "fashion-mnist"\n')
    assert_refused(workdir, ["search", "f.toml"], "apt-get install dataset-fashion-mnist")


FLAGS = {  # command line: a piece of the message
    "zero trials": (["search", "--trials", "0"], "study.n_trials"),
    "a budget without a unit": (["search", "--budget", "500"], "'500' is not an energy"),
    "a budget in an unknown unit": (["search", "--budget", "2 kWs"], "unknown unit 'kWs'"),
    "an infinite budget": (["search", "--budget", "1e999J"], "positive, finite"),
    "a negative seed": (["search", "--seed", "-5"], "study.seed"),
    "a NUL in a study name flag": (["search", "--study-name", "a\x00b"], "control characters"),
    "a storage flag Optuna cannot open": (["search", "--storage", "redis://x"], "scheme 'redis'"),
    "front of a storage file that is not there": (
        ["front", "--storage", "sqlite:///none.db", "--study-name", "x"],
        "no storage file none.db",
    ),
    "export from a study that is not there": (
        ["export", "--storage", "sqlite:///none.db", "--study-name", "x", "-o", "x.onnx"],
        "no storage file",
    ),
    "a worker on a storage no one answers": (
        ["worker", "--study-name", "x", "--storage", "postgresql://u:hunter2@127.0.0.1:1/db"],
        "cannot open 'postgresql://u:***@127.0.0.1:1/db'",
    ),
    "a worker on an empty storage URL": (
        ["worker", "--study-name", "x", "--storage", ""],
        "storage is empty",
    ),
    "an input shape of zeros": (["spaces", "--input-shape", "0,8,8"], "C,H,W"),
    "an input shape that is no shape": (["spaces", "--input-shape", "8x8"], "C,H,W"),
    "an input shape no network could be counted on": (["spaces", "--input-shape", "3,100000,100000"], "4096"),
    "classes beyond any head": (["spaces", "--classes", "1000000000"], "100,000"),
    "a tracking URI without a host": (["search", "--tracking-uri", "https://"], "needs a host"),
    "a file tracking URI with a password": (
        ["search", "--tracking-uri", "file://user:hunter2@/no/such/folder/runs"],
        "file://user:***@/no/such/folder/runs",
    ),
    "remeasure on an agent URL with a password": (
        ["remeasure", "--study-name", "x", "--target", "http://user:hunter2@127.0.0.1:8765"],
        "no credentials in the URL",
    ),
    "remeasure on a file URL": (
        ["remeasure", "--study-name", "x", "--target", "file:///etc/passwd"],
        "expected http(s)://host:port",
    ),
    "a SQLite storage with a password": (
        ["search", "--storage", "sqlite://user:hunter2@/no/such/folder/x.db"],
        "sqlite://user:***@/no/such/folder/x.db",
    ),
}


@pytest.mark.parametrize("case", sorted(FLAGS))
def test_bad_flags(workdir: Path, case: str) -> None:
    args, message = FLAGS[case]
    assert_refused(workdir, args, message)
    assert "hunter2" not in run_cli(*args).output  # a password is never repeated back


def test_click_usage_errors_keep_their_form(workdir: Path) -> None:
    result = run_cli("export", "--study-name", "x")  # -o is required
    assert result.exit_code == 2 and "Usage:" in result.output and "Traceback" not in result.output
    assert list(workdir.iterdir()) == []


def assert_refused(workdir: Path, args: list[str], message: str) -> None:
    before = sorted(str(p.relative_to(workdir)) for p in workdir.rglob("*"))
    result = run_cli(*args)
    output = result.output.strip()
    assert result.exit_code == 2, output
    assert message in output, output
    assert "Traceback" not in output and len(output.splitlines()) == 1, output
    after = sorted(str(p.relative_to(workdir)) for p in workdir.rglob("*"))
    assert after == before, "something was written"
    assert not os.environ.get("NAS_STORAGE")  # the corpus runs with the defaults it names
