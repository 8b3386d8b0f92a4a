"""Readers for the datasets users hold: each returns images (N, C, H, W) and class ids, split
the way the files already split them, with the class names.

Nothing is downloaded and nothing is unpickled. Images stay uint8 (the ``.npz`` reader keeps a
float array as float32); ``nas/data/__init__.py`` splits and normalises them.

- ``digits``: scikit-learn's bundled 8x8 digits (values 0..16).
- ``fashion-mnist``: Debian's ``dataset-fashion-mnist`` IDX files (60 000 train, 10 000 test).
- a folder of ``cifar-10-batches-bin``: CIFAR-10's binary version (never the pickled one).
- a folder with one sub-folder of PNG/JPEG images per class, or ``train/``, ``val/``, ``test/``
  folders each holding those class folders.
- an ``.npz`` file with arrays ``x`` (N, C, H, W) or (N, H, W) and ``y`` (N,).
"""

from __future__ import annotations

import gzip
import logging
import os
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nas.errors import UserInputError

FASHION_DIR = Path("/usr/share/datasets/fashion-mnist")
FASHION_DIR_ENV = "NAS_FASHION_MNIST_DIR"  # another folder with the four .gz files
FASHION_CLASSES = (
    "T-shirt/top",
    "Trouser",
    "Pullover",
    "Dress",
    "Coat",
    "Sandal",
    "Shirt",
    "Sneaker",
    "Bag",
    "Ankle boot",
)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
MAX_CLASSES = 10_000  # class ids above this are a mistake, not a dataset (and would exhaust memory)
MAX_IMAGE_PIXELS = 4096 * 4096  # a larger image is refused from its header, before it is decoded
TOO_LARGE = f"larger than this reads ({MAX_IMAGE_PIXELS:,} pixels at most): resize the images first"
CIFAR_RECORD = 1 + 3 * 32 * 32


class DataError(UserInputError, ValueError):
    """A dataset that cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class Labelled:
    x: np.ndarray  # (N, C, H, W): uint8, or float32 from an .npz of floats
    y: np.ndarray  # (N,) int64 class ids


@dataclass(frozen=True)
class Source:
    parts: dict[str, Labelled]  # "all", or "train" with "test" and optionally "val"
    class_names: tuple[str, ...]
    # a horizontal flip keeps every class (clothes, CIFAR's objects); not digits, nor unknown images
    mirror_invariant: bool = False


def read_source(dataset: str, image_size: tuple[int, int] | None, channels: int | None) -> Source:
    if dataset == "digits":
        return _digits()
    if dataset == "fashion-mnist":
        return read_fashion_mnist(Path(os.environ.get(FASHION_DIR_ENV) or FASHION_DIR))
    path = Path(dataset)
    if path.is_dir():
        if (path / "data_batch_1.bin").is_file():
            return read_cifar10(path)
        return read_image_folder(path, image_size, channels)
    if path.is_file():
        return read_npz(path)
    raise DataError(
        f"dataset {dataset}: no such file or folder (use 'digits', 'fashion-mnist', an image folder, "
        "a cifar-10-batches-bin folder or an .npz with arrays x and y)"
    )


def _digits() -> Source:
    from sklearn.datasets import load_digits

    bunch = load_digits()
    x = bunch.images[:, None, :, :].astype(np.uint8)  # values 0..16
    return Source({"all": Labelled(x, bunch.target.astype(np.int64))}, tuple(str(d) for d in range(10)))


def read_idx(path: Path) -> np.ndarray:
    """An IDX file (gzip-compressed or not) of unsigned bytes, as an array of its shape."""
    try:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rb") as stream:
            data = stream.read()
    except (OSError, EOFError) as error:
        raise DataError(f"{path}: cannot read ({error})") from None
    if len(data) < 4 or data[:2] != b"\0\0" or data[2] != 0x08:
        raise DataError(f"{path}: not an IDX file of unsigned bytes")
    dims = data[3]
    header = 4 + 4 * dims
    shape = struct.unpack(f">{dims}I", data[4:header]) if len(data) >= header else ()
    if len(shape) != dims or len(data) - header != int(np.prod(shape, dtype=np.int64)):
        raise DataError(f"{path}: IDX header and data size disagree (truncated file?)")
    return np.frombuffer(data, dtype=np.uint8, offset=header).reshape(shape).copy()  # writable


def read_fashion_mnist(folder: Path) -> Source:
    names = {
        part: (folder / f"{prefix}-images-idx3-ubyte.gz", folder / f"{prefix}-labels-idx1-ubyte.gz")
        for part, prefix in (("train", "train"), ("test", "t10k"))
    }
    missing = [str(p) for pair in names.values() for p in pair if not p.is_file()]
    if missing:
        raise DataError(
            f"fashion-mnist: {missing[0]} not found; install it with "
            "'apt-get install dataset-fashion-mnist' "
            f"(or set {FASHION_DIR_ENV} to a folder with its .gz files)"
        )
    parts = {}
    for part, (images_path, labels_path) in names.items():
        images, labels = read_idx(images_path), read_idx(labels_path)
        if images.ndim != 3 or labels.ndim != 1 or len(images) != len(labels):
            raise DataError(f"fashion-mnist: {images_path} and {labels_path} do not match")
        if labels.max(initial=0) >= len(FASHION_CLASSES):
            raise DataError(f"fashion-mnist: {labels_path} holds class ids above 9")
        parts[part] = Labelled(images[:, None, :, :], labels.astype(np.int64))
    return Source(parts, FASHION_CLASSES, mirror_invariant=True)


def read_cifar10(folder: Path) -> Source:
    """CIFAR-10's binary files: records of one label byte and 3x32x32 pixel bytes."""

    def read(paths: list[Path]) -> Labelled:
        chunks = []
        for path in paths:
            raw = np.fromfile(path, dtype=np.uint8)
            if raw.size == 0 or raw.size % CIFAR_RECORD:
                raise DataError(f"{path}: not CIFAR-10 binary records of {CIFAR_RECORD} bytes")
            chunks.append(raw.reshape(-1, CIFAR_RECORD))
        records = np.concatenate(chunks)
        if records[:, 0].max() > 9:
            raise DataError(f"{folder}: CIFAR-10 labels above 9 (CIFAR-100 is not supported)")
        return Labelled(records[:, 1:].reshape(-1, 3, 32, 32), records[:, 0].astype(np.int64))

    train_paths = sorted(folder.glob("data_batch_*.bin"))
    test_path = folder / "test_batch.bin"
    if not test_path.is_file():
        raise DataError(f"{folder}: CIFAR-10 folder without test_batch.bin")
    meta = folder / "batches.meta.txt"
    names = meta.read_text().split() if meta.is_file() else [str(i) for i in range(10)]
    return Source({"train": read(train_paths), "test": read([test_path])}, tuple(names[:10]), True)


def read_npz(path: Path) -> Source:
    try:
        with np.load(path, allow_pickle=False) as arrays:
            found = {name: arrays[name] for name in ("x", "y") if name in arrays.files}
            names = sorted(arrays.files)
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as error:
        raise DataError(f"dataset {path}: not a readable .npz file ({error})") from None
    if set(found) != {"x", "y"}:
        raise DataError(f"dataset {path}: needs arrays 'x' and 'y', found {names}")
    x, y = found["x"], found["y"]
    if x.ndim == 3:
        x = x[:, None, :, :]
    if x.ndim != 4 or 0 in x.shape:
        raise DataError(f"dataset {path}: x must have shape (N, C, H, W) or (N, H, W), got {x.shape}")
    if y.ndim != 1 or len(y) != len(x):
        raise DataError(f"dataset {path}: y must have shape ({len(x)},), got {y.shape}")
    if not np.issubdtype(y.dtype, np.integer) or y.min() < 0 or y.max() >= MAX_CLASSES:
        raise DataError(f"dataset {path}: y must hold integer class ids from 0 to {MAX_CLASSES - 1}")
    if x.dtype != np.uint8 and (not np.issubdtype(x.dtype, np.number) or not np.isfinite(x).all()):
        raise DataError(f"dataset {path}: x must be finite numbers")
    x = x if x.dtype == np.uint8 else x.astype(np.float32)
    classes = int(y.max()) + 1
    return Source({"all": Labelled(x, y.astype(np.int64))}, tuple(str(c) for c in range(classes)))


def read_image_folder(folder: Path, image_size: tuple[int, int] | None, channels: int | None) -> Source:
    """Class sub-folders of images, or ``train/`` (with ``test/``, ``val/``) holding them."""
    split_folders = {part: folder / part for part in ("train", "val", "test") if (folder / part).is_dir()}
    if "train" not in split_folders:
        split_folders = {"all": folder}
    class_names = _class_names(split_folders.get("train", folder))
    reader = _ImageReader(image_size, channels)
    parts = {}
    skipped: list[Path] = []  # image names that are no file: broken or looping links
    for part, root in split_folders.items():
        extra = sorted(set(_class_names(root, need_two=False)) - set(class_names))
        if extra:
            raise DataError(f"{root}: class folder {extra[0]!r} is not among the training classes")
        xs, ys = [], []
        for label, name in enumerate(class_names):
            named = sorted(p for p in (root / name).glob("*") if p.suffix.lower() in IMAGE_SUFFIXES)
            files = [p for p in named if p.is_file()]
            skipped += [p for p in named if not p.is_file() and not p.is_dir()]
            if not files and (root / name).is_dir():
                raise DataError(f"{root / name}: no PNG or JPEG image in this class folder")
            xs += [reader.read(path) for path in files]
            ys += [label] * len(files)
        parts[part] = Labelled(np.stack(xs), np.array(ys, dtype=np.int64))
    if skipped:
        names = ", ".join(str(p.relative_to(folder)) for p in skipped[:5])
        more = f" and {len(skipped) - 5} more" if len(skipped) > 5 else ""
        logging.getLogger("nas").warning(
            "data: skipped %d image name(s) that are no readable file (a broken or looping link): %s%s",
            len(skipped),
            names,
            more,
        )
    return Source(parts, tuple(class_names))


def _class_names(root: Path, need_two: bool = True) -> list[str]:
    names = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    if need_two and len(names) < 2:
        raise DataError(f"{root}: an image folder needs one sub-folder per class, and at least two classes")
    return names


class _ImageReader:
    """Reads images with Pillow at one size and channel count: the first image's unless given."""

    def __init__(self, size: tuple[int, int] | None, channels: int | None) -> None:
        self.size = size  # (height, width)
        self.channels = channels
        self.resize = size is not None  # given: every image is resized; not given: all must match

    def read(self, path: Path) -> np.ndarray:
        from PIL import Image, UnidentifiedImageError

        try:
            with Image.open(path) as opened:  # reads the header only: the size is known before decoding
                if opened.width * opened.height > MAX_IMAGE_PIXELS:
                    raise DataError(f"{path}: {opened.width}x{opened.height} pixels, {TOO_LARGE}")
                opened.load()
                if self.channels is None:
                    self.channels = 1 if opened.mode in ("1", "L", "I", "I;16", "F") else 3
                image = opened.convert("L" if self.channels == 1 else "RGB")
            if self.size is None:
                self.size = (image.height, image.width)
            elif self.resize and (image.height, image.width) != self.size:
                image = image.resize((self.size[1], self.size[0]), Image.Resampling.BILINEAR)
        except DataError:
            raise
        except Image.DecompressionBombError:  # Pillow's own refusal, from the header, of the largest
            raise DataError(f"{path}: {TOO_LARGE}") from None
        except (OSError, UnidentifiedImageError, ValueError) as error:
            raise DataError(f"{path}: not a readable image ({str(error).splitlines()[0]})") from None
        pixels = np.asarray(image, dtype=np.uint8)
        if pixels.shape[:2] != self.size:
            raise DataError(
                f"{path}: size {pixels.shape[:2]} differs from {self.size}; set [data] image_size"
            )
        return pixels[None] if pixels.ndim == 2 else pixels.transpose(2, 0, 1)
