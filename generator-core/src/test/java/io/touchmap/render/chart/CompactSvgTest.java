package io.touchmap.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompactSvgTest {

    private static final String OPEN = "<svg id='c' xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 50'>";

    private static String compact(String content) {
        return CompactSvg.compact(OPEN + content + "</svg>", "c", 100, 50);
    }

    @Test
    void aClipPathCoveringTheCanvasIsRemovedWithEveryReferenceToIt() {
        assertEquals(OPEN + "<rect x='0' y='0' width='100' height='50'/></svg>",
                compact("<defs><clipPath id='c-clip-0'><path d='M0,0L100,0L100,50L0,50L0,0Z'/></clipPath></defs>"
                        + "<rect x='0' y='0' width='100' height='50' clip-path='url(#c-clip-0)'/>"));
    }

    @Test
    void aRotatedCopyOfTheCanvasClipIsRemovedFromTheLabelItWasMadeFor() {
        // The canvas turned a quarter around (10, 10), as JFreeSVG writes it for text drawn in a rotated group.
        assertEquals(OPEN + "<g transform='matrix(0,-1,1,0,0,20)'><text x='10' y='10'>2026-01</text></g></svg>",
                compact("<defs><clipPath id='c-clip-1'><path d='M20,0L20,100L-30,100L-30,0L20,0Z'/></clipPath></defs>"
                        + "<g transform='matrix(0,-1,1,0,0,20)'><text x='10' y='10' clip-path='url(#c-clip-1)'>2026-01</text></g>"));
    }

    @Test
    void aClipPathInsideTheCanvasIsKeptAndSharedByConsecutiveElementsInOneGroup() {
        String plot = "<clipPath id='c-clip-0'><path d='M10,5L90,5L90,45L10,45Z'/></clipPath>";
        assertEquals(OPEN + "<defs>" + plot + "</defs><g clip-path='url(#c-clip-0)'><line x1='10' y1='20' x2='90' y2='20'/>"
                        + "<line x1='10' y1='30' x2='90' y2='30'/></g><rect x='0' y='0' width='5' height='5'/></svg>",
                compact("<defs>" + plot + "</defs><line x1='10' y1='20' x2='90' y2='20' clip-path='url(#c-clip-0)'/>"
                        + "<line x1='10' y1='30' x2='90' y2='30' clip-path='url(#c-clip-0)'/><rect x='0' y='0' width='5' height='5'/>"));
    }

    @Test
    void anElementWithItsOwnTransformKeepsItsClipBecauseTheTransformAppliesToTheClipToo() {
        String plot = "<clipPath id='c-clip-0'><path d='M10,5L90,5L90,45L10,45Z'/></clipPath>";
        String image = "<image transform='matrix(2,0,0,2,0,0)' x='0' y='0' width='5' height='5' clip-path='url(#c-clip-0)'/>";
        assertEquals(OPEN + "<defs>" + plot + "</defs>" + image + "</svg>", compact("<defs>" + plot + "</defs>" + image));
    }

    @Test
    void eachDistinctStyleIsWrittenOnceAsAClassScopedToTheChart() {
        assertEquals(OPEN + "<style>#c .s0{fill:rgb(31,35,40);font-size:12px}#c .s1{stroke:none}</style>"
                        + "<g><text x='1' y='2' class='s0'>a</text></g><rect x='1' y='2' width='3' height='4' class='s1'/>"
                        + "<g><text x='5' y='6' class='s0'>b</text></g></svg>",
                compact("<g><text x='1' y='2' style='fill: rgb(31,35,40); font-size: 12px;'>a</text></g>"
                        + "<rect x='1' y='2' width='3' height='4' style='stroke:none'/>"
                        + "<g><text x='5' y='6' style='fill: rgb(31,35,40); font-size: 12px;'>b</text></g>"));
    }
}
