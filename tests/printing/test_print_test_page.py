"""`kiosk print-test` on a new printer: without --size it picks a stock the printer can print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from raster_decode import decode_escpos, decode_zpl, read_qr

from kiosk.cli import main
from kiosk.paths import Home
from kiosk.services.demo import init_demo


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Home:
    home = Home(tmp_path_factory.mktemp("print-test") / "home")
    init_demo(home, 10)  # its badge stock is A6, wider than any receipt printer
    return home


@pytest.mark.parametrize(
    ("profile", "dots"),
    # rolls fill the head; the ZD621 (832 dots) takes a 4x6 in label, 812 dots wide at 203 dpi
    [("tm-t88vii", 512), ("tm-t20iii", 576), ("escpos-58", 384), ("zd621", 812)],
)
def test_without_size_the_widest_stock_the_head_takes_is_printed(
    home: Home, tmp_path: Path, qapp: QApplication, profile: str, dots: int
) -> None:
    folder = tmp_path / "raw"
    uri = f"{folder.as_uri()}?format=raw&profile={profile}"
    assert main(["--home", str(home.root), "print-test", "--printer", uri]) == 0
    (written,) = folder.iterdir()
    data = written.read_bytes()
    image = decode_zpl(data).image if written.suffix == ".zpl" else decode_escpos(data).image
    assert image.shape[1] == dots
    assert read_qr(image)  # the test page's QR reads back from the printer's own bytes


def test_an_explicit_size_that_does_not_fit_is_still_refused(
    home: Home, tmp_path: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    uri = f"{(tmp_path / 'raw').as_uri()}?format=raw&profile=escpos-58"
    args = ["--home", str(home.root), "print-test", "--printer", uri, "--size", "thermal-80"]
    assert main(args) == 3
    assert "prints only 48.0 mm" in capsys.readouterr().err
