package io.touchmap.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompactSvgTest {

    private static final String OPEN = "<svg id='c' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 100 50'>";

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
        assertEquals(OPEN + "<defs>" + plot + "</defs><g clip-path='url(#c-clip-0)'><text x='10' y='20'>a</text>"
                        + "<text x='10' y='30'>b</text></g><rect x='0' y='0' width='5' height='5'/></svg>",
                compact("<defs>" + plot + "</defs><text x='10' y='20' clip-path='url(#c-clip-0)'>a</text>"
                        + "<text x='10' y='30' clip-path='url(#c-clip-0)'>b</text><rect x='0' y='0' width='5' height='5'/>"));
    }

    @Test
    void anElementWithItsOwnTransformKeepsItsClipBecauseTheTransformAppliesToTheClipToo() {
        String plot = "<clipPath id='c-clip-0'><path d='M10,5L90,5L90,45L10,45Z'/></clipPath>";
        String image = "<image transform='matrix(2,0,0,2,0,0)' x='0' y='0' width='5' height='5' clip-path='url(#c-clip-0)'/>";
        assertEquals(OPEN + "<defs>" + plot + "</defs>" + image + "</svg>", compact("<defs>" + plot + "</defs>" + image));
    }

    @Test
    void eachDistinctStyleIsWrittenOnceAsAClassScopedToTheChartAndGroupsWithoutAttributesGo() {
        assertEquals(OPEN + "<style>#c .s0{fill:rgb(31,35,40);font-size:12px}#c .s1{stroke:none}</style>"
                        + "<text x='1' y='2' class='s0'>a</text><rect x='1' y='2' width='3' height='4' class='s1'/>"
                        + "<text x='5' y='6' class='s0'>b</text></svg>",
                compact("<g><text x='1' y='2' style='fill: rgb(31,35,40); font-size: 12px;'>a</text></g>"
                        + "<rect x='1' y='2' width='3' height='4' style='stroke:none'/>"
                        + "<g><text x='5' y='6' style='fill: rgb(31,35,40); font-size: 12px;'>b</text></g>"));
    }

    @Test
    void pathDataAfterTheFirstMoveIsWrittenRelativeWithLevelAndPlumbLinesShortened() {
        assertEquals("M58,8v210h566v-210Z", CompactSvg.relative("M58,8L58,218L624,218L624,8Z"));
        assertEquals("M494.58,56.94c0,1.93-1.57,3.5-3.5,3.5Z",
                CompactSvg.relative("M494.58,56.94C494.58,58.87,493.01,60.44,491.08,60.44Z"));
        assertEquals("M1,1h2Zm4,0q1,1,2,0", CompactSvg.relative("M1,1L3,1ZM5,1Q6,2,7,1"));
        assertEquals("M-0.5,2.1l1.55-4.1", CompactSvg.relative("M-0.5,2.1L1.05,-2"));
    }

    @Test
    void pathDataWrittenOtherwiseIsLeftAsItIs() {
        assertEquals("M1.00000005E7,0L0,0Z", CompactSvg.relative("M1.00000005E7,0L0,0Z"));
        assertEquals("M0,0A1,1,0,0,1,2,2", CompactSvg.relative("M0,0A1,1,0,0,1,2,2"));
        assertEquals("M1.234,0L0,0", CompactSvg.relative("M1.234,0L0,0"));
        assertEquals("M1,0L2", CompactSvg.relative("M1,0L2"));
    }

    @Test
    void aLineBecomesTheSamePathEvenWhenItHasNoLength() {
        assertEquals(OPEN + "<style>#c .s0{stroke:rgb(0,0,0)}</style><path d='M105.17,218h0' class='s0'/><path d='M105.17,170.96l42.88-106.42' class='s0'/></svg>",
                compact("<line x1='105.17' y1='218' x2='105.17' y2='218' style='stroke:rgb(0,0,0)'/>"
                        + "<line x1='105.17' y1='170.96' x2='148.05' y2='64.54' style='stroke:rgb(0,0,0)'/>"));
    }

    @Test
    void otherDefinitionsStayWhenTheClipPathsBesideThemGo() {
        String gradient = "<linearGradient id='c-gp0' x1='0' y1='0' x2='1' y2='0'><stop offset='0%' stop-color='rgb(0,0,0)'/></linearGradient>";
        assertEquals(OPEN + "<defs>" + gradient + "</defs><rect x='0' y='0' width='100' height='50' fill='url(#c-gp0)'/></svg>",
                compact("<defs>" + gradient + "<clipPath id='c-clip-0'><path d='M0,0L100,0L100,50L0,50L0,0Z'/></clipPath></defs>"
                        + "<rect x='0' y='0' width='100' height='50' fill='url(#c-gp0)' clip-path='url(#c-clip-0)'/>"));
    }

    @Test
    void aMarkerOutlinedAfterItIsFilledRefersToThePathItFilled() {
        String circle = "M10,5C10,7.76,7.76,10,5,10C2.24,10,0,7.76,0,5Z";
        String relative = "M10,5c0,2.76-2.24,5-5,5c-2.76,0-5-2.24-5-5Z";
        assertEquals(OPEN + "<style>#c .s0{fill:rgb(10,85,156)}#c .s1{stroke:rgb(10,85,156);fill:none}</style>"
                        + "<g class='s0'><path id='c-p0' d='" + relative + "'/></g><g class='s1'><use xlink:href='#c-p0'/></g></svg>",
                compact("<g style='fill:rgb(10,85,156)'><path d='" + circle + "'/></g>"
                        + "<g style='stroke:rgb(10,85,156);fill:none'><path d='" + circle + "'/></g>"));
    }
}
