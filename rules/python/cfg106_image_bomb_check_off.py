"""Pillow's decompression-bomb check switched off (Image.MAX_IMAGE_PIXELS = None)."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta

LIMITS = frozenset({"PIL.Image.MAX_IMAGE_PIXELS"})


class ImageBombCheckOff(Rule):
    meta = RuleMeta.of(
        id="CFG106",
        clause="SG-9.6",
        title="Image decompression-bomb check switched off",
        severity="medium",
        confidence="high",
        cwe=[400, 409],
        owasp="A05:2021-Security Misconfiguration",
        message="Image.MAX_IMAGE_PIXELS = None switches off Pillow's decompression-bomb check for every image "
        "the process opens: a small upload can claim billions of pixels and exhaust memory when it is decoded",
        rationale=(
            "An image file states its own dimensions: a PNG or GIF of a few kilobytes can declare 50,000 by "
            "50,000 pixels, several gigabytes once decoded. Pillow refuses an image above MAX_IMAGE_PIXELS "
            "(about 89 million pixels: a warning, and DecompressionBombError at twice that) before it decodes "
            "it. Setting the limit to None removes the check for the whole process, so one uploaded image can "
            "take the memory the service shares with every other request."
        ),
        remediation=(
            "Keep Pillow's default, or set MAX_IMAGE_PIXELS to the largest image the service really handles "
            "(a number); catch Image.DecompressionBombError (and DecompressionBombWarning turned into an "
            "error) where uploads are opened, and check img.size before calling load() or convert()."
        ),
        references=(
            "https://pillow.readthedocs.io/en/stable/reference/Image.html#PIL.Image.open",
            "https://cwe.mitre.org/data/definitions/409.html",
        ),
    )
    nodes = (cst.Assign,)
    needles = ("MAX_IMAGE_PIXELS",)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.Assign)
        if not (isinstance(node.value, cst.Name) and node.value.value == "None"):
            return
        for target in node.targets:
            if isinstance(target.target, cst.Attribute) and ctx.qualname(target.target) in LIMITS:
                ctx.report(node)

    flagged = """
        import PIL.Image
        from PIL import Image

        Image.MAX_IMAGE_PIXELS = None  # expect

        def allow_large_scans():
            PIL.Image.MAX_IMAGE_PIXELS = None  # expect
    """
    safe = """
        from PIL import Image

        # a limit the service chose: large scans, still bounded
        Image.MAX_IMAGE_PIXELS = 300_000_000

        def open_upload(stream):
            with Image.open(stream) as img:
                if img.width * img.height > Image.MAX_IMAGE_PIXELS:
                    raise ValueError("image too large")
                return img.copy()

        class Limits:
            MAX_IMAGE_PIXELS = None
    """
